package org.entente.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * What a run ran on and what it ran: the machine, the Java runtime and the git commit, since figures from
 * noisy, different machines only compare with that beside them.
 */
final class RunDescription {

	private RunDescription() {
	}

	static Map<String, Object> machine() {
		Map<String, Object> machine = new LinkedHashMap<>();
		machine.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version"));
		machine.put("architecture", System.getProperty("os.arch"));
		machine.put("cpu", cpuModel());
		machine.put("cores", Runtime.getRuntime().availableProcessors());
		if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean system) {
			machine.put("memoryBytes", system.getTotalMemorySize());
		}
		return machine;
	}

	static Map<String, Object> java() {
		Map<String, Object> java = new LinkedHashMap<>();
		java.put("version", System.getProperty("java.version"));
		java.put("vm", System.getProperty("java.vm.name") + " " + System.getProperty("java.vm.version"));
		java.put("vendor", System.getProperty("java.vendor"));
		return java;
	}

	/** The commit, with "-dirty" when the work tree differs from it, as git describe marks it. */
	static String commit() {
		String commit = git("rev-parse", "HEAD");
		String changes = git("status", "--porcelain", "--untracked-files=no");
		return (commit.isEmpty() ? "unknown" : commit) + (changes.isEmpty() ? "" : "-dirty");
	}

	private static String cpuModel() {
		try {
			return Files.readAllLines(Path.of("/proc/cpuinfo"))
				.stream()
				.filter((line) -> line.startsWith("model name"))
				.map((line) -> line.substring(line.indexOf(':') + 1).strip())
				.findFirst()
				.orElse("unknown");
		}
		catch (IOException exception) {
			return "unknown";
		}
	}

	private static String git(String... arguments) {
		try {
			Process process = new ProcessBuilder(concat(arguments)).redirectErrorStream(true).start();
			String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
			return (process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0) ? output : "";
		}
		catch (IOException exception) {
			return "";
		}
		catch (InterruptedException exception) {
			Thread.currentThread().interrupt();
			return "";
		}
	}

	private static List<String> concat(String... arguments) {
		List<String> command = new java.util.ArrayList<>(List.of("git"));
		command.addAll(List.of(arguments));
		return command;
	}

}
