package org.treatygraph.system;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * GraphiQL from the jar's own assets. Spring's built-in page loads GraphiQL from a CDN
 * and stays blank on a machine without internet access.
 */
@Controller
class GraphiQlController {

	@GetMapping("/graphiql")
	String graphiql() {
		return "forward:/graphiql/index.html";
	}

}
