package retention.app.api;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses JSON bodies larger than {@code retention.api.max-json-body-bytes} with 413, whether announced by
 * Content-Length or sent chunked, before anything parses them. Uploads (multipart, zip) have their own limits.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class BodySizeLimit extends OncePerRequestFilter {

    private final ApiProperties api;

    BodySizeLimit(ApiProperties api) {
        this.api = api;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String type = request.getContentType();
        if (type == null || !type.toLowerCase().startsWith(MediaType.APPLICATION_JSON_VALUE)) {
            chain.doFilter(request, response);
            return;
        }
        if (request.getContentLengthLong() > api.maxJsonBodyBytes()) {
            refuse(response);
            return;
        }
        try {
            chain.doFilter(new Limited(request, api.maxJsonBodyBytes()), response);
        }
        catch (BodyTooLarge ex) {
            if (!response.isCommitted()) {
                response.reset();
                refuse(response);
            }
        }
    }

    private void refuse(HttpServletResponse response) throws IOException {
        response.setStatus(413);
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Content Too Large\",\"status\":413,"
                + "\"detail\":\"JSON bodies may be at most " + api.maxJsonBodyBytes() + " bytes\"}");
    }

    private static final class Limited extends HttpServletRequestWrapper {

        private final ServletInputStream in;

        Limited(HttpServletRequest request, long max) throws IOException {
            super(request);
            ServletInputStream original = request.getInputStream();
            this.in = new ServletInputStream() {
                private long read;

                @Override
                public int read() throws IOException {
                    int b = original.read();
                    count(b < 0 ? 0 : 1);
                    return b;
                }

                @Override
                public int read(byte[] buffer, int offset, int length) throws IOException {
                    int n = original.read(buffer, offset, length);
                    count(Math.max(n, 0));
                    return n;
                }

                private void count(int n) throws BodyTooLarge {
                    read += n;
                    if (read > max) {
                        throw new BodyTooLarge(max);
                    }
                }

                @Override
                public boolean isFinished() {
                    return original.isFinished();
                }

                @Override
                public boolean isReady() {
                    return original.isReady();
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    original.setReadListener(listener);
                }
            };
        }

        @Override
        public ServletInputStream getInputStream() {
            return in;
        }
    }
}
