package org.kpidocs.http;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.kpidocs.auth.Role;

/**
 * The roles that may call a resource method. A method without {@code @Allow} or {@link Public} is
 * open to the secretariat only: a route someone forgot to mark fails closed.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
@interface Allow {

    Role[] value();

    /**
     * The route names a dataset in its {@code {id}}: a verifier may use it only for a dataset it
     * submitted, a city key only for a dataset of its city. The secretariat may use any.
     */
    boolean ownDataset() default false;
}
