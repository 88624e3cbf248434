package org.treatygraph.benchmark;

import org.openqa.selenium.By;
import org.treatygraph.page.Browser;

/**
 * The analyst page on the hub country, in Chromium: from navigation to the network drawn,
 * the first time (the page's statements plan cold) and again warm.
 */
record PageTiming(long firstMillis, long warmMillis, long drawMillis, int nodes, String notDrawn, int agreementsListed,
		int agreementsAfterMore) {

	static PageTiming ofHub(int port, String hubCode) throws Exception {
		try (Browser browser = Browser.start()) {
			long first = open(browser, port, hubCode);
			long warm = open(browser, port, hubCode);
			long draw = Long.parseLong((String) browser.script("return document.body.dataset.networkMs"));
			int nodes = Integer.parseInt((String) browser.script("return document.body.dataset.networkNodes"));
			String more = browser.driver().findElement(By.id("network-more")).getAttribute("textContent");
			int listed = listed(browser);
			// a hub's agreements come a hundred at a time, the next hundred on request
			browser.driver().findElement(By.id("agreements-more")).click();
			new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(60))
				.until(driver -> listed(browser) > listed);
			return new PageTiming(first, warm, draw, nodes, more, listed, listed(browser));
		}
	}

	private static int listed(Browser browser) {
		return browser.driver().findElements(By.cssSelector("#country-agreements > li")).size();
	}

	/** Milliseconds from navigation start to the network drawn, on a fresh page load. */
	private static long open(Browser browser, int port, String hubCode) {
		browser.open("about:blank");
		browser.open("http://localhost:" + port + "/#/country/" + hubCode);
		browser.awaitAttribute("networkAtMs");
		return Long.parseLong((String) browser.script("return document.body.dataset.networkAtMs"));
	}

	@Override
	public String toString() {
		return "%,d ms first, %,d ms warm (drawing %,d ms), %d nodes; %s; agreements listed %d, %d after the next page"
			.formatted(this.firstMillis, this.warmMillis, this.drawMillis, this.nodes, this.notDrawn,
					this.agreementsListed, this.agreementsAfterMore);
	}

}
