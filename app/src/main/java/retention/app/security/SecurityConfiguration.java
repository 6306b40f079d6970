package retention.app.security;

import static org.springframework.http.HttpMethod.DELETE;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;

/**
 * Who may call what. Nothing answers without an API key except the health probe; every path under {@code /api/v1}
 * is listed with its role, and anything unlisted needs ADMIN. The table is the one in docs/api.md.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
@EnableConfigurationProperties(SecurityProperties.class)
class SecurityConfiguration {

    @Bean
    static RoleHierarchy roleHierarchy() {
        return RoleHierarchyImpl.fromHierarchy(Role.HIERARCHY);
    }

    /**
     * No Micrometer observation of each security filter: with Actuator present it took about a third of a request's
     * CPU in the action-list benchmark (docs/benchmarks.md); requests are still timed as a whole.
     */
    @Bean
    static SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    SecurityFilterChain apiSecurity(HttpSecurity http, ApiKeys keys, ProblemWriter problems) throws Exception {
        http.csrf(csrf -> csrf.disable())
                .cors(cors -> cors.disable())
                .httpBasic(basic -> basic.disable())
                .formLogin(form -> form.disable())
                .logout(logout -> logout.disable())
                .requestCache(cache -> cache.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .addFilterBefore(new ApiKeyFilter(keys, problems), AuthorizationFilter.class)
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint((request, response, ex) -> problems.write(response,
                                HttpServletResponse.SC_UNAUTHORIZED, "Unauthorized",
                                "send an API key in the X-API-Key header"))
                        .accessDeniedHandler((request, response, ex) -> problems.write(response,
                                HttpServletResponse.SC_FORBIDDEN, "Forbidden",
                                "this API key's role may not do this")))
                .authorizeHttpRequests(paths -> paths
                        .requestMatchers(GET, "/actuator/health", "/actuator/health/**").permitAll()
                        .requestMatchers("/error").permitAll()
                        .requestMatchers(GET, "/actuator/**").hasRole("VIEWER")
                        .requestMatchers(GET, "/api/v1/openapi", "/api/v1/openapi.yaml").hasRole("VIEWER")
                        .requestMatchers("/api/v1/keys", "/api/v1/keys/**").hasRole("ADMIN")
                        .requestMatchers("/api/v1/webhooks", "/api/v1/webhooks/**").hasRole("OPERATOR")
                        .requestMatchers(POST, "/api/v1/runs", "/api/v1/runs/*/restart").hasRole("OPERATOR")
                        .requestMatchers(POST, "/api/v1/rules/validate", "/api/v1/rules/preview").hasRole("EDITOR")
                        .requestMatchers(GET, "/api/v1/actions", "/api/v1/actions/*", "/api/v1/runs",
                                "/api/v1/runs/*", "/api/v1/rule-book/versions", "/api/v1/rule-book/versions/*",
                                "/api/v1/customers/*/facts", "/api/v1/deliveries", "/api/v1/deliveries/*",
                                "/api/v1/skips", "/api/v1/exports/*", "/api/v1/reports/*").hasRole("VIEWER")
                        .requestMatchers(DELETE, "/api/v1/**").hasRole("ADMIN")
                        .anyRequest().hasRole("ADMIN"));
        return http.build();
    }
}
