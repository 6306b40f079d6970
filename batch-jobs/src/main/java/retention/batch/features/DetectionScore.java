package retention.batch.features;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import retention.rules.facts.ChurnCause;
import retention.rules.facts.Stage;

/**
 * Scores the detected stages and causes of a run date against the truth the generator planted.
 */
@Component
public class DetectionScore {

    private final JdbcClient jdbc;

    public DetectionScore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The date the planted truth describes, if a generated shop is loaded. */
    public Optional<LocalDate> truthDate() {
        return jdbc.sql("SELECT MAX(as_of) FROM planted_truth").query(LocalDate.class).optional();
    }

    /** Whether the facts of a date have been computed. */
    public boolean hasSnapshot(LocalDate date) {
        return jdbc.sql("SELECT COUNT(*) FROM customer_feature WHERE run_date = ?").param(date).query(Long.class)
                .single() > 0;
    }

    /** Stage confusion: planted stage → detected stage → customers. */
    public Map<String, Map<String, Long>> stageConfusion(LocalDate date) {
        Map<String, Map<String, Long>> confusion = new LinkedHashMap<>();
        for (Stage planted : Stage.values()) {
            Map<String, Long> row = new LinkedHashMap<>();
            for (Stage detected : Stage.values()) {
                row.put(detected.name(), 0L);
            }
            confusion.put(planted.name(), row);
        }
        jdbc.sql("SELECT t.stage, f.stage, COUNT(*) FROM planted_truth t JOIN customer_feature f "
                + "ON f.customer_id = t.customer_id AND f.run_date = ? GROUP BY t.stage, f.stage")
                .param(date)
                .query(rs -> {
                    confusion.computeIfAbsent(rs.getString(1), k -> new LinkedHashMap<>()).put(rs.getString(2), rs.getLong(3));
                });
        return confusion;
    }

    public List<ClassScore> stageScores(LocalDate date) {
        Map<String, Map<String, Long>> confusion = stageConfusion(date);
        List<ClassScore> scores = new ArrayList<>();
        for (Stage stage : Stage.values()) {
            long tp = confusion.get(stage.name()).getOrDefault(stage.name(), 0L);
            long fn = confusion.get(stage.name()).values().stream().mapToLong(Long::longValue).sum() - tp;
            long fp = confusion.values().stream().mapToLong(row -> row.getOrDefault(stage.name(), 0L)).sum() - tp;
            scores.add(new ClassScore(stage.name(), tp, fp, fn));
        }
        return scores;
    }

    /** Per cause, over every customer of the snapshot: planted and detected, detected only, planted only. */
    public List<ClassScore> causeScores(LocalDate date) {
        List<ClassScore> scores = new ArrayList<>();
        for (ChurnCause cause : ChurnCause.values()) {
            scores.add(jdbc.sql("SELECT "
                    + "SUM(CASE WHEN x.planted = 1 AND x.detected = 1 THEN 1 ELSE 0 END), "
                    + "SUM(CASE WHEN x.planted = 0 AND x.detected = 1 THEN 1 ELSE 0 END), "
                    + "SUM(CASE WHEN x.planted = 1 AND x.detected = 0 THEN 1 ELSE 0 END) "
                    + "FROM (SELECT CASE WHEN CONCAT(',', t.causes, ',') LIKE ? THEN 1 ELSE 0 END AS planted, "
                    + "CASE WHEN EXISTS (SELECT 1 FROM customer_cause c WHERE c.run_date = f.run_date "
                    + "AND c.customer_id = f.customer_id AND c.cause = ?) THEN 1 ELSE 0 END AS detected "
                    + "FROM planted_truth t JOIN customer_feature f ON f.customer_id = t.customer_id AND f.run_date = ?) x")
                    .params("%," + cause.name() + ",%", cause.name(), date)
                    .query((rs, row) -> new ClassScore(cause.name(), rs.getLong(1), rs.getLong(2), rs.getLong(3)))
                    .single());
        }
        return scores;
    }

    /** The unweighted mean of the classes' F1 scores. */
    public static double macroF1(List<ClassScore> scores) {
        return scores.stream().mapToDouble(ClassScore::f1).average().orElse(0);
    }
}
