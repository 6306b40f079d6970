package retention.batch.nightly;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.TaskExecutor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.interceptor.DefaultTransactionAttribute;

import retention.batch.features.CauseProperties;
import retention.batch.features.FeatureProperties;
import retention.batch.features.FeatureSnapshot;
import retention.batch.measure.HoldoutProperties;
import retention.batch.outbox.OutboxPlanner;
import retention.batch.outbox.OutboxProperties;
import retention.batch.quality.DataQualityCheck;
import retention.batch.quality.QualityProperties;
import retention.batch.report.ActionTallies;
import retention.batch.report.RunReportWriter;
import retention.batch.rulebook.LoadedRuleBook;
import retention.batch.rulebook.RuleBookProperties;
import retention.batch.rulebook.RuleBooks;
import retention.db.action.ActionLog;
import retention.rules.arbitrate.ArbitrationPolicy;
import retention.rules.facts.CustomerProfile;

/**
 * The nightly retention job, read top to bottom: check the data, snapshot the facts, evaluate the rules in
 * parallel partitions of customers, plan the messages.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({ NightlyProperties.class, FeatureProperties.class, CauseProperties.class,
        QualityProperties.class, RuleBookProperties.class, OutboxProperties.class, HoldoutProperties.class })
public class NightlyRetentionJobConfiguration {

    public static final String JOB_NAME = "nightly-retention";

    @Bean
    Step checkDataStep(JobRepository jobs, PlatformTransactionManager tx, DataQualityCheck quality,
            RunProgressListener runProgressListener) {
        return new StepBuilder("checkDataStep", jobs)
                .tasklet((contribution, context) -> {
                    var result = quality.check(RunDateParameter.of(context.getStepContext().getStepExecution()));
                    contribution.incrementWriteCount(result.rowsSkipped());
                    return RepeatStatus.FINISHED;
                }, tx)
                .transactionAttribute(readCommitted())
                .listener(runProgressListener)
                .build();
    }

    @Bean
    Step snapshotFeaturesStep(JobRepository jobs, PlatformTransactionManager tx, FeatureSnapshot features,
            RunProgressListener runProgressListener) {
        return new StepBuilder("snapshotFeaturesStep", jobs)
                .tasklet((contribution, context) -> {
                    LocalDate runDate = RunDateParameter.of(context.getStepContext().getStepExecution());
                    contribution.incrementWriteCount(features.compute(runDate));
                    return RepeatStatus.FINISHED;
                }, tx)
                .transactionAttribute(readCommitted())
                .listener(runProgressListener)
                .build();
    }

    @Bean
    @StepScope
    CustomerProfileReader customerFeatureReader(JdbcClient jdbc, NightlyProperties nightly,
            @Value("#{jobParameters['runDate']}") LocalDate runDate,
            @Value("#{stepExecutionContext['fromId']}") Long fromId,
            @Value("#{stepExecutionContext['toId']}") Long toId) {
        return new CustomerProfileReader(jdbc, runDate, fromId, toId, nightly.chunkSize());
    }

    @Bean
    @StepScope
    EvaluateRulesWriter evaluateRulesWriter(RuleBooks ruleBooks, RuleBookProperties rules, HoldoutProperties holdout,
            ActionLog actionLog, RunProgress progress, Clock clock, ObjectProvider<ProposalEvaluator> replacement,
            ActionTallies tallies,
            @Value("#{jobParameters['runDate']}") LocalDate runDate,
            @Value("#{jobExecutionContext['" + RuleBookPinning.VERSION_KEY + "']}") Long ruleBookVersionId) {
        LoadedRuleBook ruleBook = ruleBooks.version(ruleBookVersionId);
        ProposalEvaluator evaluator = replacement.getIfAvailable(() -> ruleBook.book()::evaluate);
        return new EvaluateRulesWriter(ruleBook, evaluator, new ArbitrationPolicy(rules.maxMessagesPerDay()),
                holdout.policy(), actionLog, progress, runDate, clock, tallies);
    }

    @Bean
    Step evaluateRulesWorkerStep(JobRepository jobs, PlatformTransactionManager tx, NightlyProperties nightly,
            CustomerProfileReader customerFeatureReader, EvaluateRulesWriter evaluateRulesWriter) {
        return new StepBuilder("evaluateRulesWorkerStep", jobs)
                .<CustomerProfile, CustomerProfile>chunk(nightly.chunkSize())
                .transactionManager(tx)
                .reader(customerFeatureReader)
                .writer(evaluateRulesWriter)
                .listener((StepExecutionListener) evaluateRulesWriter)
                .build();
    }

    @Bean
    @StepScope
    CustomerRangePartitioner customerRangePartitioner(JdbcClient jdbc,
            @Value("#{jobParameters['runDate']}") LocalDate runDate) {
        return new CustomerRangePartitioner(jdbc, runDate);
    }

    @Bean
    TaskExecutor nightlyTaskExecutor(NightlyProperties nightly) {
        ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
        executor.setCorePoolSize(nightly.effectiveThreads());
        executor.setMaxPoolSize(nightly.effectiveThreads());
        executor.setThreadNamePrefix("nightly-");
        executor.initialize();
        return executor;
    }

    @Bean
    Step evaluateRulesStep(JobRepository jobs, NightlyProperties nightly, Step evaluateRulesWorkerStep,
            CustomerRangePartitioner customerRangePartitioner, TaskExecutor nightlyTaskExecutor,
            RunProgressListener runProgressListener) {
        return new StepBuilder("evaluateRulesStep", jobs)
                .partitioner("evaluateRulesWorkerStep", customerRangePartitioner)
                .step(evaluateRulesWorkerStep)
                .gridSize(nightly.effectivePartitions())
                .taskExecutor(nightlyTaskExecutor)
                .listener(runProgressListener)
                .build();
    }

    @Bean
    Step planDispatchStep(JobRepository jobs, PlatformTransactionManager tx, OutboxPlanner outbox,
            RunProgressListener runProgressListener) {
        return new StepBuilder("planDispatchStep", jobs)
                .tasklet((contribution, context) -> {
                    LocalDate runDate = RunDateParameter.of(context.getStepContext().getStepExecution());
                    contribution.incrementWriteCount(outbox.plan(runDate));
                    return RepeatStatus.FINISHED;
                }, tx)
                .listener(runProgressListener)
                .build();
    }

    /**
     * The set-based steps read millions of rows with {@code INSERT ... SELECT}; under MySQL's default repeatable read
     * each read row would be locked, for no benefit to a run that owns its date.
     */
    private static DefaultTransactionAttribute readCommitted() {
        DefaultTransactionAttribute attribute = new DefaultTransactionAttribute();
        attribute.setIsolationLevel(TransactionDefinition.ISOLATION_READ_COMMITTED);
        return attribute;
    }

    @Bean
    RunProgressListener runProgressListener(RunProgress progress, JdbcClient jdbc) {
        return new RunProgressListener(progress, jdbc);
    }

    @Bean
    Job nightlyRetentionJob(JobRepository jobs, RuleBooks ruleBooks, RunReportWriter runReportWriter,
            Step checkDataStep, Step snapshotFeaturesStep, Step evaluateRulesStep, Step planDispatchStep) {
        return new JobBuilder(JOB_NAME, jobs)
                .listener(new RuleBookPinning(ruleBooks, jobs))
                .listener(runReportWriter)
                .start(checkDataStep)
                .next(snapshotFeaturesStep)
                .next(evaluateRulesStep)
                .next(planDispatchStep)
                .build();
    }
}
