package retention.batch.nightly;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

import retention.batch.features.CauseProperties;
import retention.batch.features.FeatureProperties;
import retention.batch.features.FeatureSnapshot;
import retention.batch.outbox.OutboxPlanner;
import retention.batch.outbox.OutboxProperties;
import retention.batch.rulebook.RuleBookProperties;
import retention.batch.rulebook.RuleBooks;
import retention.db.action.ActionLog;
import retention.rules.arbitrate.ArbitrationPolicy;
import retention.rules.facts.CustomerProfile;

/**
 * The nightly retention job, read top to bottom: snapshot the facts, evaluate the rules, plan the messages.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({ NightlyProperties.class, FeatureProperties.class, CauseProperties.class,
        RuleBookProperties.class,
        OutboxProperties.class })
public class NightlyRetentionJobConfiguration {

    public static final String JOB_NAME = "nightly-retention";

    @Bean
    Step snapshotFeaturesStep(JobRepository jobs, PlatformTransactionManager tx, FeatureSnapshot features) {
        return new StepBuilder("snapshotFeaturesStep", jobs)
                .tasklet((contribution, context) -> {
                    LocalDate runDate = RunDateParameter.of(context.getStepContext().getStepExecution());
                    int customers = features.compute(runDate);
                    contribution.incrementWriteCount(customers);
                    return RepeatStatus.FINISHED;
                }, tx)
                .build();
    }

    @Bean
    @StepScope
    CustomerProfileReader customerFeatureReader(JdbcClient jdbc, NightlyProperties nightly,
            @Value("#{jobParameters['runDate']}") LocalDate runDate) {
        return new CustomerProfileReader(jdbc, runDate, 0, Long.MAX_VALUE, nightly.chunkSize());
    }

    @Bean
    @StepScope
    EvaluateRulesWriter evaluateRulesWriter(RuleBooks ruleBooks, RuleBookProperties rules, ActionLog actionLog,
            Clock clock, @Value("#{jobParameters['runDate']}") LocalDate runDate,
            @Value("#{jobExecutionContext['" + RuleBookPinning.VERSION_KEY + "']}") Long ruleBookVersionId) {
        return new EvaluateRulesWriter(ruleBooks.version(ruleBookVersionId),
                new ArbitrationPolicy(rules.maxMessagesPerDay()), actionLog, runDate, clock);
    }

    @Bean
    Step evaluateRulesStep(JobRepository jobs, PlatformTransactionManager tx, NightlyProperties nightly,
            CustomerProfileReader customerFeatureReader, EvaluateRulesWriter evaluateRulesWriter) {
        return new StepBuilder("evaluateRulesStep", jobs).<CustomerProfile, CustomerProfile>chunk(nightly.chunkSize())
                .transactionManager(tx)
                .reader(customerFeatureReader)
                .writer(evaluateRulesWriter)
                .build();
    }

    @Bean
    Step planDispatchStep(JobRepository jobs, PlatformTransactionManager tx, OutboxPlanner outbox) {
        return new StepBuilder("planDispatchStep", jobs)
                .tasklet((contribution, context) -> {
                    LocalDate runDate = RunDateParameter.of(context.getStepContext().getStepExecution());
                    contribution.incrementWriteCount(outbox.plan(runDate));
                    return RepeatStatus.FINISHED;
                }, tx)
                .build();
    }

    @Bean
    Job nightlyRetentionJob(JobRepository jobs, RuleBooks ruleBooks, Step snapshotFeaturesStep,
            Step evaluateRulesStep, Step planDispatchStep) {
        return new JobBuilder(JOB_NAME, jobs)
                .listener(new RuleBookPinning(ruleBooks, jobs))
                .start(snapshotFeaturesStep)
                .next(evaluateRulesStep)
                .next(planDispatchStep)
                .build();
    }
}
