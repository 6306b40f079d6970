package retention.batch.nightly;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.batch.core.repository.JobRepository;

import retention.batch.rulebook.RuleBooks;

/**
 * Pins the rule book version a run uses when it first starts, in the job's execution context. A restart finds the
 * pin there and evaluates the remaining customers with the same version, even if the files changed meanwhile.
 */
class RuleBookPinning implements JobExecutionListener {

    static final String VERSION_KEY = "ruleBookVersionId";

    private final RuleBooks ruleBooks;
    private final JobRepository jobRepository;

    RuleBookPinning(RuleBooks ruleBooks, JobRepository jobRepository) {
        this.ruleBooks = ruleBooks;
        this.jobRepository = jobRepository;
    }

    @Override
    public void beforeJob(JobExecution execution) {
        if (!execution.getExecutionContext().containsKey(VERSION_KEY)) {
            execution.getExecutionContext().putLong(VERSION_KEY, ruleBooks.live().version().id());
            jobRepository.updateExecutionContext(execution);
        }
    }
}
