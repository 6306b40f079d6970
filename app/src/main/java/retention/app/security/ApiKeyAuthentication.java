package retention.app.security;

import java.util.ArrayList;
import java.util.List;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * A request authenticated by an API key. The principal is the stored key, never its secret.
 */
public final class ApiKeyAuthentication extends AbstractAuthenticationToken {

    private final ApiKey key;

    ApiKeyAuthentication(ApiKey key) {
        super(authorities(key));
        this.key = key;
        setAuthenticated(true);
    }

    private static List<GrantedAuthority> authorities(ApiKey key) {
        List<GrantedAuthority> authorities = new ArrayList<>();
        authorities.add(new SimpleGrantedAuthority(key.role().authority()));
        if (key.pii()) {
            authorities.add(new SimpleGrantedAuthority(Role.PII_READ));
        }
        return authorities;
    }

    @Override
    public Object getCredentials() {
        return null;
    }

    @Override
    public ApiKey getPrincipal() {
        return key;
    }

    @Override
    public String getName() {
        return "key " + key.id() + " (" + key.name() + ")";
    }
}
