package org.entente.web;

import org.entente.members.Caller;
import org.entente.reports.Reports;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The signed-in member's front page: what it may see, newest first. */
@Controller
class HomeController {

	private final Reports reports;

	HomeController(Reports reports) {
		this.reports = reports;
	}

	@GetMapping("/")
	String home(Caller caller, Model model) {
		model.addAttribute("caller", caller);
		model.addAttribute("reports", this.reports.recent(caller, 50));
		return "home";
	}

	@GetMapping("/login")
	String login() {
		return "login";
	}

}
