package org.treatygraph.system;

import org.neo4j.driver.NotificationConfig;

import org.springframework.boot.neo4j.autoconfigure.ConfigBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** How the service's driver talks to Neo4j, embedded or not. */
@Configuration(proxyBeanMethods = false)
class DriverSettings {

	/**
	 * No notifications: the queries are fixed and reviewed, so the server's hints ("this
	 * property key does not exist yet" on a database where nothing was ever retracted)
	 * only cost a round of logging with the whole query text on every statement; the
	 * benchmark found that to be most of a request's time.
	 */
	@Bean
	ConfigBuilderCustomizer noNotifications() {
		return builder -> builder.withNotificationConfig(NotificationConfig.disableAllConfig());
	}

}
