package org.turnaround.home;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The way in to the evidence that services are improving, beside the actions that aim to
 * improve them: measures, case audits, workforce, inspections and partnerships. Each of
 * those pages scopes itself to the reader's authority.
 */
@Controller
class ImpactController {

	@GetMapping("/impact")
	String impact() {
		return "home/impact";
	}

}
