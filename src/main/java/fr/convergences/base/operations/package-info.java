/**
 * Running the platform as a service: Prometheus metrics (scraped on a separate management port, never on the public
 * one), the readiness answer a load balancer asks before sending people to a node, and the meters of requests,
 * Vaadin sessions and scheduled jobs.
 */
@NullMarked
package fr.convergences.base.operations;

import org.jspecify.annotations.NullMarked;
