package org.entente.dissemination.internal;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;

import org.entente.platform.InvalidRequestException;

import org.springframework.stereotype.Component;

/**
 * Which URLs a webhook may call: https to a public address. Loopback, link-local, private, multicast and
 * unspecified addresses are refused, so that a member cannot make the centre reach into its own network
 * (server-side request forgery); only {@code entente.webhooks.allow-private} admits plain http to loopback,
 * for tests. Checked at registration and again before every attempt, as DNS answers change.
 */
@Component
class WebhookTargets {

	private final WebhookSettings settings;

	WebhookTargets(WebhookSettings settings) {
		this.settings = settings;
	}

	/** The URL, checked; a problem naming {@code url} otherwise. */
	URI check(String url) {
		if (url == null || url.isBlank() || url.length() > 2000) {
			throw invalid("must be an https URL of at most 2000 characters");
		}
		URI uri = parse(url);
		String scheme = (uri.getScheme() != null) ? uri.getScheme().toLowerCase(Locale.ROOT) : "";
		if (uri.getHost() == null || uri.getUserInfo() != null || uri.getFragment() != null) {
			throw invalid("must be an absolute https URL with a host, no user information and no fragment");
		}
		InetAddress[] addresses = resolve(uri.getHost());
		boolean loopback = allLoopback(addresses);
		if (this.settings.allowPrivate() && loopback && (scheme.equals("http") || scheme.equals("https"))) {
			return uri;
		}
		if (!scheme.equals("https")) {
			throw invalid("must use https");
		}
		for (InetAddress address : addresses) {
			if (isInternal(address)) {
				throw invalid("resolves to a loopback, link-local or private address (" + address.getHostAddress() + ")");
			}
		}
		return uri;
	}

	private static boolean isInternal(InetAddress address) {
		byte[] bytes = address.getAddress();
		boolean carrierGradeNat = bytes.length == 4 && (bytes[0] & 0xff) == 100 && (bytes[1] & 0xc0) == 64;
		boolean uniqueLocalV6 = bytes.length == 16 && (bytes[0] & 0xfe) == 0xfc;
		return address.isLoopbackAddress() || address.isLinkLocalAddress() || address.isSiteLocalAddress()
				|| address.isAnyLocalAddress() || address.isMulticastAddress() || carrierGradeNat || uniqueLocalV6;
	}

	private static boolean allLoopback(InetAddress[] addresses) {
		for (InetAddress address : addresses) {
			if (!address.isLoopbackAddress()) {
				return false;
			}
		}
		return addresses.length > 0;
	}

	private static URI parse(String url) {
		try {
			return new URI(url);
		}
		catch (URISyntaxException exception) {
			throw invalid("is not a URL: " + exception.getReason());
		}
	}

	private static InetAddress[] resolve(String host) {
		try {
			return InetAddress.getAllByName(host);
		}
		catch (UnknownHostException exception) {
			throw invalid("names a host that does not resolve: " + host);
		}
	}

	private static InvalidRequestException invalid(String message) {
		return new InvalidRequestException("url", "webhookTarget", message);
	}

}
