package org.entente.transparency.internal;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.entente.ledger.LedgerEntry;
import org.entente.ledger.PublishedLedger;
import org.entente.ledger.SignedCheckpoint;
import org.entente.members.Caller;
import org.entente.platform.DecimalNumber;
import org.entente.platform.InvalidRequestException;
import org.entente.platform.NotFoundException;
import org.entente.platform.Page;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The ledger's routes. Checkpoints, the key and envelopes are served as the exact bytes that are signed or
 * hashed; proofs are lists of standard base64 hashes in RFC 9162 order. Sizes are checked against the committed
 * ledger, so every proof is about a tree whose hashes are stored.
 */
@RestController
@RequestMapping("/api/v1/ledger")
class LedgerController {

	/** A page of envelopes or entries ends here at the latest; the caller asks again from where it stopped. */
	static final int PAGE_LIMIT = Page.MAXIMUM_LIMIT;

	private static final MediaType TEXT = new MediaType("text", "plain", StandardCharsets.UTF_8);

	private static final MediaType NDJSON = new MediaType("application", "x-ndjson", StandardCharsets.UTF_8);

	private final PublishedLedger ledger;

	private final EntryVisibility visibility;

	LedgerController(PublishedLedger ledger, EntryVisibility visibility) {
		this.ledger = ledger;
		this.visibility = visibility;
	}

	@GetMapping("/checkpoint")
	ResponseEntity<byte[]> latestCheckpoint() {
		SignedCheckpoint checkpoint = this.ledger.latestCheckpoint()
			.orElseThrow(() -> new NotFoundException("checkpoint"));
		return text(checkpoint.note());
	}

	@GetMapping("/checkpoints/{size}")
	ResponseEntity<byte[]> checkpoint(@PathVariable("size") String size) {
		long treeSize = number("size", size, 0);
		return text(this.ledger.checkpoint(treeSize)
			.orElseThrow(() -> new NotFoundException("checkpoint of size " + treeSize))
			.note());
	}

	@GetMapping("/key")
	ResponseEntity<byte[]> key() {
		return text(this.ledger.verifierKey() + "\n");
	}

	/** One envelope a line, each line exactly the bytes of its leaf. */
	@GetMapping("/envelopes")
	ResponseEntity<byte[]> envelopes(@RequestParam(name = "start", required = false) String start,
			@RequestParam(name = "end", required = false) String end) {
		long first = number("start", start, 0);
		long last = number("end", end, first + 1);
		long size = this.ledger.size();
		if (last > size) {
			throw new InvalidRequestException("end", "range", "must be at most the ledger's size, " + size);
		}
		StringBuilder lines = new StringBuilder();
		for (String envelope : this.ledger.envelopes(first, Math.min(last, first + PAGE_LIMIT))) {
			lines.append(envelope).append('\n');
		}
		return ResponseEntity.ok().contentType(NDJSON).body(lines.toString().getBytes(StandardCharsets.UTF_8));
	}

	@GetMapping("/entries/{seq}")
	Map<String, Object> entry(Caller caller, @PathVariable("seq") String seq) {
		long number = number("seq", seq, 0);
		return this.ledger.entry(number)
			.filter(entry -> !this.visibility.visible(caller, List.of(entry)).isEmpty())
			.map(LedgerController::entryView)
			.orElseThrow(() -> new NotFoundException("ledger entry " + number));
	}

	/**
	 * The entries after {@code after} that the caller may see. A page looks at {@code limit} sequence numbers and
	 * answers the visible ones, so it may hold fewer, even none; {@code next} is the {@code after} of the next
	 * page, or null at the end of the committed ledger.
	 */
	@GetMapping("/entries")
	Page<Map<String, Object>> entries(Caller caller, @RequestParam(name = "after", required = false) String after,
			@RequestParam(name = "limit", required = false) Integer limit) {
		long start = (after == null) ? -1 : number("after", after, -1);
		int pageSize = Page.limit(limit == null ? PAGE_LIMIT : limit);
		long size = this.ledger.size();
		if (start >= size) {
			// Nothing after the end; and start + 1 + pageSize would overflow for an after near Long.MAX_VALUE.
			return new Page<>(List.of(), null);
		}
		long scanned = Math.min(size, start + 1 + pageSize) - (start + 1);
		List<LedgerEntry> entries = (scanned <= 0) ? List.of() : this.ledger.entries(start, (int) scanned);
		long lastScanned = start + Math.max(0, scanned);
		String next = (lastScanned + 1 < size) ? Long.toString(lastScanned) : null;
		return new Page<>(this.visibility.visible(caller, entries).stream().map(LedgerController::entryView).toList(),
				next);
	}

	@GetMapping("/proof/inclusion")
	Map<String, Object> inclusionProof(@RequestParam(name = "index", required = false) String index,
			@RequestParam(name = "size", required = false) String size) {
		long treeSize = treeSize("size", size, 1);
		long leaf = number("index", index, 0);
		if (leaf >= treeSize) {
			throw new InvalidRequestException("index", "range", "must be below size " + treeSize);
		}
		Map<String, Object> proof = new LinkedHashMap<>();
		proof.put("index", leaf);
		proof.put("size", treeSize);
		proof.put("rootHash", base64(this.ledger.rootHash(treeSize)));
		proof.put("proof", base64(this.ledger.inclusionProof(leaf, treeSize)));
		return proof;
	}

	@GetMapping("/proof/consistency")
	Map<String, Object> consistencyProof(@RequestParam(name = "from", required = false) String from,
			@RequestParam(name = "to", required = false) String to) {
		long newer = treeSize("to", to, 1);
		long older = number("from", from, 1);
		if (older > newer) {
			throw new InvalidRequestException("from", "range", "must be at most to, " + newer);
		}
		Map<String, Object> proof = new LinkedHashMap<>();
		proof.put("from", older);
		proof.put("to", newer);
		proof.put("fromRootHash", base64(this.ledger.rootHash(older)));
		proof.put("toRootHash", base64(this.ledger.rootHash(newer)));
		proof.put("proof", base64(this.ledger.consistencyProof(older, newer)));
		return proof;
	}

	/** The event as the canonical text that was committed to, not re-serialised, so its bytes can be hashed. */
	private static Map<String, Object> entryView(LedgerEntry entry) {
		Map<String, Object> view = new LinkedHashMap<>();
		view.put("seq", entry.seq());
		view.put("envelope", entry.envelope());
		view.put("type", entry.type());
		view.put("actor", actorView(entry));
		view.put("subject", Map.of("type", entry.subject().type(), "id", entry.subject().id()));
		view.put("event", entry.event());
		view.put("salt", Base64.getEncoder().encodeToString(entry.salt()));
		view.put("commitment", entry.commitment());
		return view;
	}

	private static Map<String, Object> actorView(LedgerEntry entry) {
		Map<String, Object> actor = new LinkedHashMap<>();
		actor.put("member", entry.actor().member());
		actor.put("username", entry.actor().username());
		return actor;
	}

	/** A size of a tree whose hashes are all stored: at least {@code minimum}, at most the committed size. */
	private long treeSize(String name, String value, long minimum) {
		long treeSize = number(name, value, minimum);
		long size = this.ledger.size();
		if (treeSize > size) {
			throw new InvalidRequestException(name, "range", "must be at most the ledger's size, " + size);
		}
		return treeSize;
	}

	private static long number(String name, String value, long minimum) {
		if (value == null || value.isBlank()) {
			throw new InvalidRequestException(name, "required", "is required");
		}
		long number;
		try {
			number = DecimalNumber.parseWhole(value.trim());
		}
		catch (NumberFormatException exception) {
			throw new InvalidRequestException(name, "type", "must be a whole number");
		}
		if (number < minimum) {
			throw new InvalidRequestException(name, "range", "must be at least " + minimum);
		}
		return number;
	}

	private static ResponseEntity<byte[]> text(String text) {
		return ResponseEntity.ok().contentType(TEXT).body(text.getBytes(StandardCharsets.UTF_8));
	}

	private static String base64(byte[] hash) {
		return Base64.getEncoder().encodeToString(hash);
	}

	private static List<String> base64(List<byte[]> hashes) {
		return hashes.stream().map(LedgerController::base64).toList();
	}

}
