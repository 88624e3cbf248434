package org.treatygraph.page;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The analyst page at {@code /}: static assets in the jar that ask the public GraphQL
 * API, like any dashboard would.
 */
@Controller
class AnalystPageController {

	@GetMapping("/")
	String page() {
		return "forward:/page/index.html";
	}

}
