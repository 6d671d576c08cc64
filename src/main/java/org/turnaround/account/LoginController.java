package org.turnaround.account;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class LoginController {

	@GetMapping("/login")
	String login(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String error,
			@RequestParam(required = false) String signedOut, Model model) {
		if (user != null) {
			return "redirect:/";
		}
		model.addAttribute("failed", error != null);
		model.addAttribute("signedOut", signedOut != null);
		return "account/login";
	}

}
