package retention.app.api.delivery;

import java.time.LocalDate;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import retention.app.api.ApiProperties;
import retention.app.api.Channels;
import retention.app.api.Cursor;
import retention.app.api.NotFound;
import retention.app.api.Page;
import retention.app.api.Requests;

/**
 * The deliveries of planned messages: to whom, on which channel, and how sending went.
 */
@RestController
@RequestMapping("/api/v1/deliveries")
@Tag(name = "deliveries")
class DeliveryController {

    private final Deliveries deliveries;
    private final ApiProperties api;

    DeliveryController(Deliveries deliveries, ApiProperties api) {
        this.deliveries = deliveries;
        this.api = api;
    }

    @GetMapping
    @Operation(operationId = "listDeliveries",
            summary = "Deliveries, newest run date first, filtered and paged by cursor")
    Page<Delivery> list(HttpServletRequest request, @RequestParam(required = false) LocalDate from,
            @RequestParam(required = false) LocalDate to, @RequestParam(required = false) Long customerId,
            @RequestParam(required = false) String channel, @RequestParam(required = false) String status,
            @RequestParam(required = false) String cursor, @RequestParam(required = false) Integer limit) {
        Requests.onlyParameters(request, "from", "to", "customerId", "channel", "status", "cursor", "limit");
        return deliveries.list(new DeliveryQuery(Requests.range(from, to, api.maxRangeDays(), false),
                Requests.id("customerId", customerId), Requests.oneOf("channel", channel, Channels.NAMES),
                Requests.oneOf("status", status, Channels.DELIVERY_STATUSES), Cursor.decode(cursor),
                Requests.pageSize(limit, api)));
    }

    @GetMapping("/{id}")
    @Operation(operationId = "getDelivery",
            summary = "One delivery")
    Delivery get(@PathVariable long id) {
        return deliveries.find(id).orElseThrow(() -> new NotFound("no delivery " + id));
    }
}
