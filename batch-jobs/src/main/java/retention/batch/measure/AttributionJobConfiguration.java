package retention.batch.measure;

import java.time.LocalDate;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.interceptor.DefaultTransactionAttribute;

/**
 * The attribution job, run after the nightly run: one set-based step that credits the recent nights' actions with
 * the first paid order in their window.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({ AttributionProperties.class, KpiProperties.class })
public class AttributionJobConfiguration {

    public static final String JOB_NAME = "attribution";
    static final String AS_OF = "asOf";

    @Bean
    Step attributeOrdersStep(JobRepository jobs, PlatformTransactionManager tx, Attribution attribution) {
        return new StepBuilder("attributeOrdersStep", jobs)
                .tasklet((contribution, context) -> {
                    LocalDate asOf = context.getStepContext().getStepExecution().getJobParameters()
                            .getLocalDate(AS_OF);
                    contribution.incrementWriteCount(attribution.attribute(asOf));
                    return RepeatStatus.FINISHED;
                }, tx)
                .transactionAttribute(readCommitted())
                .build();
    }

    @Bean
    Job attributionJob(JobRepository jobs, Step attributeOrdersStep) {
        return new JobBuilder(JOB_NAME, jobs).start(attributeOrdersStep).build();
    }

    /** The INSERT ... SELECT reads orders and actions; repeatable read would lock every row it reads. */
    private static DefaultTransactionAttribute readCommitted() {
        DefaultTransactionAttribute attribute = new DefaultTransactionAttribute();
        attribute.setIsolationLevel(TransactionDefinition.ISOLATION_READ_COMMITTED);
        return attribute;
    }
}
