package retention.app.api.facts;

import java.sql.ResultSetMetaData;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import retention.app.api.NotFound;
import retention.app.api.Requests;
import retention.app.security.Pii;

/**
 * A customer's facts as of a run: the snapshot the rules saw, with causes and evidence.
 */
@RestController
@RequestMapping("/api/v1/customers")
@Tag(name = "facts")
class FactsController {

    private final JdbcClient jdbc;

    FactsController(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @GetMapping("/{customerId}/facts")
    @Operation(operationId = "getCustomerFacts",
            summary = "A customer's facts as of a run date (default: the latest run that saw the customer)")
    CustomerFacts facts(HttpServletRequest request, @PathVariable long customerId,
            @RequestParam(required = false) LocalDate runDate) {
        Requests.onlyParameters(request, "runDate");
        Requests.id("customerId", customerId);
        Requests.date("runDate", runDate, false);
        LocalDate date = runDate != null ? runDate : jdbc.sql("SELECT MAX(run_date) FROM customer_feature "
                + "WHERE customer_id = ?").param(customerId).query(LocalDate.class).optional()
                .orElseThrow(() -> new NotFound("no facts for customer " + customerId));
        Map<String, Object> facts = jdbc.sql("SELECT * FROM customer_feature WHERE run_date = ? AND customer_id = ?")
                .params(date, customerId).query((rs, n) -> {
                    ResultSetMetaData meta = rs.getMetaData();
                    Map<String, Object> row = new LinkedHashMap<>();
                    for (int i = 1; i <= meta.getColumnCount(); i++) {
                        String column = meta.getColumnLabel(i).toLowerCase();
                        if (!column.equals("run_date") && !column.equals("customer_id")) {
                            row.put(column, rs.getObject(i));
                        }
                    }
                    return row;
                }).optional()
                .orElseThrow(() -> new NotFound("no facts for customer " + customerId + " on " + date));
        List<CustomerFacts.Cause> causes = jdbc.sql("SELECT cause, confidence, direct, evidence FROM customer_cause "
                + "WHERE run_date = ? AND customer_id = ? ORDER BY confidence DESC, cause").params(date, customerId)
                .query(CustomerFacts.Cause.class).list();
        CustomerFacts.Contact contact = jdbc.sql("SELECT phone, email, wechat_openid, push_token FROM customer "
                + "WHERE id = ?").param(customerId).query((rs, n) -> new CustomerFacts.Contact(
                        Pii.forCaller("PHONE", rs.getString(1)), Pii.forCaller("EMAIL", rs.getString(2)),
                        Pii.forCaller("WECHAT", rs.getString(3)), Pii.forCaller("PUSH", rs.getString(4))))
                .optional().orElse(new CustomerFacts.Contact(null, null, null, null));
        return new CustomerFacts(customerId, date, facts, causes, contact);
    }
}
