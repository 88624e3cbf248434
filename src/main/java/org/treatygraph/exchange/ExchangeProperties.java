package org.treatygraph.exchange;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the exports read the graph.
 *
 * @param exportTimeout longest one of an export's statements may take to stream its rows,
 * to a slow client too; longer than the database's default transaction timeout, which
 * would otherwise end a large export part way
 */
@ConfigurationProperties("treatygraph.exchange")
record ExchangeProperties(@DefaultValue("2h") Duration exportTimeout) {
}
