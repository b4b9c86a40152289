/**
 * The HTTP API: thin JAX-RS resources that validate a request, call one service and return, plus the
 * cross-cutting pieces (problem+json errors, JSON settings, body limits). The only package that knows
 * Jersey; {@link org.kpidocs.http.ApiApplication#create} is the one route table that the server and
 * the tests share.
 */
package org.kpidocs.http;
