package org.treatygraph.country;

import graphql.schema.DataFetchingEnvironment;
import org.jspecify.annotations.Nullable;
import org.treatygraph.system.AsOf;
import org.treatygraph.system.Paging.Connection;
import org.treatygraph.system.Paging;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** Looks countries up by code and lists them by name. */
@Controller
class CountryController {

	private final CountryRepository countries;

	private final Paging paging;

	CountryController(CountryRepository countries, Paging paging) {
		this.countries = countries;
		this.paging = paging;
	}

	@QueryMapping
	@Nullable Country country(@Argument String code, @Argument @Nullable String asOf, DataFetchingEnvironment environment) {
		AsOf.use(asOf, environment);
		return this.countries.findByCode(code.strip()).orElse(null);
	}

	@QueryMapping
	Connection<Country> countries(@Argument @Nullable String name, @Argument @Nullable Integer first,
			@Argument @Nullable String after, @Argument @Nullable String asOf, DataFetchingEnvironment environment) {
		AsOf.use(asOf, environment);
		return this.countries.page(name, this.paging.request(first, after));
	}

}
