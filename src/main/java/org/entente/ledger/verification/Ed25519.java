package org.entente.ledger.verification;

import java.security.GeneralSecurityException;
import java.security.InvalidKeyException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.SignatureException;
import java.security.interfaces.EdECPrivateKey;
import java.security.spec.EdECPrivateKeySpec;
import java.security.spec.NamedParameterSpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import java.util.HexFormat;

import static java.util.Objects.requireNonNull;

/**
 * Ed25519 (RFC 8032) with the JDK's own provider, on raw keys: the 32-byte public key and
 * the 32-byte private seed that signed notes carry, rather than the JDK's encoded key
 * objects.
 */
final class Ed25519 {

	static final int KEY_SIZE = 32;

	static final int SIGNATURE_SIZE = 64;

	private static final String ALGORITHM = "Ed25519";

	/**
	 * The DER of an Ed25519 SubjectPublicKeyInfo (RFC 8410 §4) up to the key: SEQUENCE {
	 * SEQUENCE { OID 1.3.101.112 }, BIT STRING of 33 bytes, the first 0 unused bits }.
	 * The raw key is what follows. Going through X.509 lets the provider decode and check
	 * the point (RFC 8032 §5.1.3) instead of our splitting the little-endian y and the
	 * sign bit of x for an EdECPublicKeySpec.
	 */
	private static final byte[] PUBLIC_KEY_PREFIX = HexFormat.of().parseHex("302a300506032b6570032100");

	private Ed25519() {
	}

	/** Rebuilds a public key from its 32 raw bytes. */
	static PublicKey publicKey(byte[] raw) {
		requireSize(raw, "public key");
		try {
			return KeyFactory.getInstance(ALGORITHM)
				.generatePublic(new X509EncodedKeySpec(concat(PUBLIC_KEY_PREFIX, raw)));
		}
		catch (GeneralSecurityException exception) {
			throw new IllegalArgumentException("not an Ed25519 public key: " + exception.getMessage(), exception);
		}
	}

	/**
	 * Rebuilds a private key from its 32-byte seed; EdECPrivateKeySpec takes the raw seed
	 * as it is.
	 */
	static PrivateKey privateKey(byte[] seed) {
		requireSize(seed, "seed");
		try {
			return KeyFactory.getInstance(ALGORITHM)
				.generatePrivate(new EdECPrivateKeySpec(NamedParameterSpec.ED25519, seed.clone()));
		}
		catch (GeneralSecurityException exception) {
			throw new IllegalStateException("the JDK refuses an Ed25519 seed", exception);
		}
	}

	/**
	 * The raw public key: the last 32 bytes of its X.509 encoding, after the fixed
	 * prefix.
	 */
	static byte[] rawPublicKey(PublicKey key) {
		byte[] encoded = requireNonNull(key, "key is null").getEncoded();
		if (encoded == null || encoded.length != PUBLIC_KEY_PREFIX.length + KEY_SIZE || !Arrays.equals(encoded, 0,
				PUBLIC_KEY_PREFIX.length, PUBLIC_KEY_PREFIX, 0, PUBLIC_KEY_PREFIX.length)) {
			throw new IllegalArgumentException("not an X.509-encoded Ed25519 public key: " + key.getAlgorithm());
		}
		return Arrays.copyOfRange(encoded, PUBLIC_KEY_PREFIX.length, encoded.length);
	}

	/**
	 * The raw seed of a private key. EdECPrivateKey.getBytes() gives it directly, which
	 * is safer than cutting the PKCS#8 encoding: that may be version 2, with the public
	 * key appended.
	 */
	static byte[] seed(PrivateKey key) {
		if (!(key instanceof EdECPrivateKey edwardsKey)) {
			throw new IllegalArgumentException("not an Ed25519 private key: " + key.getAlgorithm());
		}
		return edwardsKey.getBytes()
			.orElseThrow(() -> new IllegalArgumentException("the private key does not reveal its seed"));
	}

	/** A new key pair from the JDK's default strong random source. */
	static KeyPair generate() {
		try {
			return KeyPairGenerator.getInstance(ALGORITHM).generateKeyPair();
		}
		catch (GeneralSecurityException exception) {
			throw new IllegalStateException("Ed25519 is not available", exception);
		}
	}

	/**
	 * The public key of a seed. RFC 8032 §5.1.5 derives it by hashing the seed and
	 * multiplying the base point, which the JDK 17 API offers only inside key generation:
	 * the generator draws the seed from its SecureRandom, so a SecureRandom that yields
	 * this seed makes it compute our public key. The seed of the generated pair is
	 * compared with ours, so that a provider that draws its randomness otherwise fails
	 * loudly instead of yielding a wrong key.
	 */
	static byte[] publicKeyOfSeed(byte[] seed) {
		requireSize(seed, "seed");
		try {
			KeyPairGenerator generator = KeyPairGenerator.getInstance(ALGORITHM);
			generator.initialize(NamedParameterSpec.ED25519, new FixedSeed(seed));
			KeyPair pair = generator.generateKeyPair();
			if (!Arrays.equals(seed(pair.getPrivate()), seed)) {
				throw new IllegalStateException("the JDK's Ed25519 key generator did not use the given seed");
			}
			return rawPublicKey(pair.getPublic());
		}
		catch (GeneralSecurityException exception) {
			throw new IllegalStateException("Ed25519 is not available", exception);
		}
	}

	static byte[] sign(PrivateKey key, byte[] message) {
		try {
			Signature signature = Signature.getInstance(ALGORITHM);
			signature.initSign(key);
			signature.update(message);
			return signature.sign();
		}
		catch (GeneralSecurityException exception) {
			throw new IllegalStateException("Ed25519 signing failed", exception);
		}
	}

	/**
	 * Whether {@code signature} is a valid RFC 8032 signature of {@code message} by
	 * {@code key}.
	 */
	static boolean verify(PublicKey key, byte[] message, byte[] signature) {
		if (signature.length != SIGNATURE_SIZE) {
			return false;
		}
		try {
			Signature verification = Signature.getInstance(ALGORITHM);
			verification.initVerify(key);
			verification.update(message);
			return verification.verify(signature);
		}
		catch (SignatureException | InvalidKeyException exception) {
			// A signature the provider cannot even decode is simply not valid.
			return false;
		}
		catch (GeneralSecurityException exception) {
			throw new IllegalStateException("Ed25519 is not available", exception);
		}
	}

	private static void requireSize(byte[] key, String name) {
		requireNonNull(key, name + " is null");
		if (key.length != KEY_SIZE) {
			throw new IllegalArgumentException(
					name + " has " + key.length + " bytes, an Ed25519 " + name + " has " + KEY_SIZE);
		}
	}

	private static byte[] concat(byte[] first, byte[] second) {
		byte[] result = Arrays.copyOf(first, first.length + second.length);
		System.arraycopy(second, 0, result, first.length, second.length);
		return result;
	}

	/**
	 * A SecureRandom that yields one given seed, for {@link #publicKeyOfSeed}; never for
	 * anything else.
	 */
	private static final class FixedSeed extends SecureRandom {

		private static final long serialVersionUID = 1L;

		private final byte[] seed;

		private boolean used;

		FixedSeed(byte[] seed) {
			this.seed = seed.clone();
		}

		@Override
		public synchronized void nextBytes(byte[] bytes) {
			if (used || bytes.length != seed.length) {
				throw new IllegalStateException("the key generator asked for other random bytes than one seed");
			}
			used = true;
			System.arraycopy(seed, 0, bytes, 0, seed.length);
		}

	}

}
