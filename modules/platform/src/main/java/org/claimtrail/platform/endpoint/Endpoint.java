package org.claimtrail.platform.endpoint;

import org.claimtrail.platform.role.NodeRole;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * What an endpoint of the REST API is, declared on its handler method beside the {@code @GetMapping} or
 * {@code @PostMapping} that gives its method and path: which node role serves it, which users may call it
 * (docs/api.md's role table), and how the OpenAPI document describes it. The server reads it from every controller
 * class on the classpath, whether or not this node runs the controller's role, and refuses to start when a handler
 * under {@code /api/} lacks it or a fact of it.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface Endpoint {

    /** The node role whose nodes serve it; a node that runs other roles only answers 503 role-not-served. */
    NodeRole servedBy();

    /** The user roles that may call it, in the order the OpenAPI document names them; or {@link #anySignedInUser()}. */
    UserRole[] users() default {};

    /** Every signed-in user may call it, whatever their roles; exclusive of {@link #users()}. */
    boolean anySignedInUser() default false;

    /** Stricter rules for a request that carries a parameter: who may call it with that parameter. */
    WithParameter[] withParameter() default {};

    ApiTag tag();

    /** Its name in generated clients, such as {@code proposeClaim}. */
    String operationId();

    String summary();

    /** What it does, in a user's terms; the OpenAPI document adds who may ask. */
    String description();

    /** The problem answers only it gives; those every operation of its kind gives are added for it. */
    ProblemType[] problems() default {};

    /** The example of its request body: a name in the server's {@code openapi/examples.json}, or none. */
    String requestExample() default "";

    /** The example of its answer, likewise. */
    String responseExample() default "";

    /** Who may call an endpoint with a parameter present, say {@code asOf}: only users with one of these roles. */
    @Target({})
    @Retention(RetentionPolicy.RUNTIME)
    @Documented
    @interface WithParameter {

        String name();

        UserRole[] users();
    }
}
