package org.treatygraph.system;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Binds {@code $asOf} to every statement sent through {@link Neo4jClient}, so each
 * feature's Cypher can honour it without passing it along by hand, and forgets the moment
 * when the HTTP request ends.
 */
@Component
class AsOfBinding extends OncePerRequestFilter implements BeanPostProcessor {

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (!(bean instanceof Neo4jClient client)) {
			return bean;
		}
		return Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] { Neo4jClient.class },
				(proxy, method, arguments) -> {
					try {
						Object result = method.invoke(client, arguments);
						if (method.getName().equals("query")
								&& result instanceof Neo4jClient.UnboundRunnableSpec spec) {
							spec.bindAll(Map.of("asOf", AsOf.current()));
						}
						return result;
					}
					catch (InvocationTargetException ex) {
						throw ex.getCause();
					}
				});
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		AsOf.clear();
		try {
			chain.doFilter(request, response);
		}
		finally {
			AsOf.clear();
		}
	}

}
