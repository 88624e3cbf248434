package org.treatygraph.system;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * Counts the Cypher statements the service sends through {@link Neo4jClient}; each is one
 * round trip to the database. Tests and the benchmark read it to show that the statements
 * per request do not grow with the size of the result.
 */
@Component
public class CypherStatementCounter implements BeanPostProcessor {

	private final AtomicLong statements = new AtomicLong();

	/**
	 * A request's statements all run on its thread (see {@link ReadTransactionPerQuery}).
	 */
	private final ThreadLocal<long[]> onThisThread = ThreadLocal.withInitial(() -> new long[1]);

	/** Statements sent since the service started. */
	public long count() {
		return this.statements.get();
	}

	/** Statements sent from the calling thread since it started. */
	public long countOnThisThread() {
		return this.onThisThread.get()[0];
	}

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (!(bean instanceof Neo4jClient client)) {
			return bean;
		}
		return Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] { Neo4jClient.class },
				(proxy, method, arguments) -> {
					if (method.getName().equals("query")) {
						this.statements.incrementAndGet();
						this.onThisThread.get()[0]++;
					}
					try {
						return method.invoke(client, arguments);
					}
					catch (InvocationTargetException ex) {
						throw ex.getCause();
					}
				});
	}

}
