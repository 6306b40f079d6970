package retention.app.security;

import java.net.URI;
import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import retention.app.api.BadRequest;
import retention.app.api.NotFound;
import retention.app.api.Requests;

/**
 * API keys, for administrators: list, create (the key is shown once), revoke.
 */
@RestController
@RequestMapping("/api/v1/keys")
@Tag(name = "keys")
class KeyController {

    private final ApiKeys keys;

    KeyController(ApiKeys keys) {
        this.keys = keys;
    }

    @GetMapping
    @Operation(operationId = "listKeys",
            summary = "Every API key, revoked ones included; never the keys themselves")
    List<ApiKey> list() {
        return keys.list();
    }

    @PostMapping
    @Operation(operationId = "createKey",
            summary = "Create an API key; the answer holds the key, shown this once")
    ResponseEntity<NewKey> create(@RequestBody KeyRequest request, @AuthenticationPrincipal ApiKey caller) {
        String name = Requests.text("name", request.name(), 100);
        if (name == null) {
            throw new BadRequest("name", "required: what the key is for");
        }
        if (request.role() == null) {
            throw new BadRequest("role", "required: VIEWER, EDITOR, OPERATOR or ADMIN");
        }
        Role role;
        try {
            role = Role.of(request.role());
        }
        catch (IllegalArgumentException ex) {
            throw new BadRequest("role", ex.getMessage());
        }
        ApiKeys.CreatedKey created = keys.create(name, role, Boolean.TRUE.equals(request.pii()),
                "key " + caller.id());
        return ResponseEntity.created(URI.create("/api/v1/keys/" + created.key().id()))
                .body(new NewKey(created.key(), created.secret()));
    }

    @DeleteMapping("/{id}")
    @Operation(operationId = "revokeKey",
            summary = "Revoke an API key; it stops working within 30 seconds on every instance")
    ResponseEntity<Void> revoke(@PathVariable long id) {
        if (!keys.revoke(id)) {
            throw new NotFound("no API key " + id);
        }
        return ResponseEntity.noContent().build();
    }

    /**
     * A request for a new key.
     *
     * @param name what the key is for
     * @param role VIEWER, EDITOR, OPERATOR or ADMIN
     * @param pii whether it reads phone numbers, emails and WeChat ids unmasked (default false)
     */
    record KeyRequest(String name, String role, Boolean pii) {
    }

    /**
     * A key just created.
     *
     * @param key the stored key
     * @param secret the key to send in X-API-Key; it cannot be shown again
     */
    record NewKey(ApiKey key, String secret) {
    }
}
