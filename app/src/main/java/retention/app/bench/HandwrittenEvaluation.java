package retention.app.bench;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import retention.batch.nightly.ProposalEvaluator;

/**
 * Swaps the rule engine for {@link HandwrittenRuleBook} in the nightly job; only {@code ./retention bench} turns it
 * on, for
 * the first of its two timed runs.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty(name = Benchmarks.HANDWRITTEN_PROPERTY)
class HandwrittenEvaluation {

    @Bean
    ProposalEvaluator handwrittenRuleBook() {
        return new HandwrittenRuleBook();
    }
}
