package org.treatygraph.system;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How many items one page of a connection may hold.
 *
 * @param maxPageSize largest {@code first} a client may ask for; more is an error, not a
 * silent cut
 * @param defaultPageSize page size when a client gives no {@code first}
 */
@ConfigurationProperties("treatygraph.paging")
public record PagingProperties(@DefaultValue("100") int maxPageSize, @DefaultValue("20") int defaultPageSize) {
}
