package org.claimtrail.server.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.stereotype.Controller;

import java.net.URI;

/**
 * The error page: what the container forwards to when an answer is an error that no handler wrote (a method Tomcat
 * refuses itself, such as TRACE, or an exception that escaped a filter). Replaces Spring Boot's, whose JSON is no
 * problem and names no type; also what {@code GET /error} itself answers. A plain controller, as Spring Boot's own
 * error controller is: it serves no resource of the API.
 */
@Controller
class ProblemErrorController implements ErrorController {

    @RequestMapping(path = "${server.error.path:/error}", produces = MediaType.APPLICATION_PROBLEM_JSON_VALUE)
    ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String path = uri != null ? uri.toString() : request.getRequestURI();
        HttpStatus status = code instanceof Integer value && HttpStatus.resolve(value) != null
                ? HttpStatus.valueOf(value) : HttpStatus.NOT_FOUND;
        // The container forwards with GET whatever the request's method was (TRACE): only the path is known.
        String detail = switch (status) {
            case NOT_FOUND -> "No endpoint " + path + ".";
            case METHOD_NOT_ALLOWED -> "The request's method is not supported on " + path + ".";
            default -> status.is5xxServerError() ? "The server failed to answer this request."
                    : "The request to " + path + " cannot be answered: " + status.getReasonPhrase() + ".";
        };
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setInstance(URI.create(path));
        problem.setType(URI.create(Problems.typeFor(status).uri()));
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
