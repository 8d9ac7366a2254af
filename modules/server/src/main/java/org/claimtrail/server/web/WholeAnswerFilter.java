package org.claimtrail.server.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;

/**
 * Lets the container send an API answer whole: with its {@code Content-Length}, in one write. Spring MVC flushes the
 * response as soon as a message converter has written the body, which commits it without a length, so the container
 * sent every JSON answer chunked, in two writes (the body, then the closing chunk), each a system call and a TCP
 * segment for both ends of a request that costs well under a millisecond. The flushes of a request's own thread are
 * therefore ignored; the container still sends its buffer, with a length, when the request ends, and sends larger
 * bodies as they fill it. Asynchronous answers (streams, server-sent events) flush as they ask.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 2)
public class WholeAnswerFilter extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!request.getRequestURI().startsWith("/api/")) {
            chain.doFilter(request, response);
            return;
        }
        chain.doFilter(request, new UnflushedResponse(request, response));
    }

    private static final class UnflushedResponse extends HttpServletResponseWrapper {

        private final HttpServletRequest request;
        private ServletOutputStream body;

        UnflushedResponse(HttpServletRequest request, HttpServletResponse response) {
            super(response);
            this.request = request;
        }

        /** The one rule for both kinds of flush: only an asynchronous answer sends what it has so far. */
        private boolean flushes() {
            return request.isAsyncStarted();
        }

        @Override
        public void flushBuffer() throws IOException {
            if (flushes()) {
                super.flushBuffer();
            }
        }

        @Override
        public ServletOutputStream getOutputStream() throws IOException {
            if (body == null) {
                body = new UnflushedBody(super.getOutputStream());
            }
            return body;
        }

        private final class UnflushedBody extends ServletOutputStream {

            private final ServletOutputStream delegate;

            UnflushedBody(ServletOutputStream delegate) {
                this.delegate = delegate;
            }

            @Override
            public void write(int b) throws IOException {
                delegate.write(b);
            }

            @Override
            public void write(byte[] bytes, int offset, int length) throws IOException {
                delegate.write(bytes, offset, length);
            }

            @Override
            public void flush() throws IOException {
                if (flushes()) {
                    delegate.flush();
                }
            }

            @Override
            public void close() throws IOException {
                delegate.close();
            }

            @Override
            public boolean isReady() {
                return delegate.isReady();
            }

            @Override
            public void setWriteListener(WriteListener listener) {
                delegate.setWriteListener(listener);
            }
        }
    }
}
