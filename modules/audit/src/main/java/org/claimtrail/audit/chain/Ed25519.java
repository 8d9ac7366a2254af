package org.claimtrail.audit.chain;

import org.bouncycastle.crypto.params.Ed25519PrivateKeyParameters;
import org.bouncycastle.crypto.signers.Ed25519Signer;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.interfaces.EdECPrivateKey;
import java.security.spec.NamedParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;

/**
 * Ed25519 keys and signatures with the JDK's own provider, and their PEM form: PKCS#8 {@code PRIVATE KEY} and X.509
 * {@code PUBLIC KEY}, as {@code openssl genpkey -algorithm ed25519} writes them. Signing alone goes through Bouncy
 * Castle, ten times faster than the JDK 17 provider: the checkpoint processor signs a head for every claim it sees
 * change. Ed25519 signatures are deterministic, so either library makes the same bytes.
 */
public final class Ed25519 {

    private static final String ALGORITHM = "Ed25519";

    private static volatile SigningKey lastSigningKey;

    private Ed25519() {
    }

    public static KeyPair generate() {
        try {
            return KeyPairGenerator.getInstance(ALGORITHM).generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The JDK has no Ed25519", e);
        }
    }

    public static PrivateKey privateKey(String pem) {
        try {
            return KeyFactory.getInstance(ALGORITHM).generatePrivate(new PKCS8EncodedKeySpec(der(pem, "PRIVATE KEY")));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("Not an Ed25519 private key in PKCS#8 PEM: " + e.getMessage(), e);
        }
    }

    public static PublicKey publicKey(String pem) {
        try {
            return KeyFactory.getInstance(ALGORITHM).generatePublic(new X509EncodedKeySpec(der(pem, "PUBLIC KEY")));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("Not an Ed25519 public key in PEM: " + e.getMessage(), e);
        }
    }

    /**
     * The public key of {@code key}. The JDK offers no such derivation, but its generator makes the key pair of
     * whatever 32 bytes its random source gives: given the private key's own seed, it makes this key's pair.
     */
    public static PublicKey publicKeyOf(PrivateKey key) {
        byte[] seed = ((EdECPrivateKey) key).getBytes()
                .orElseThrow(() -> new IllegalArgumentException("The private key does not reveal its bytes"));
        SecureRandom fixed = new SecureRandom() {
            @Override
            public void nextBytes(byte[] bytes) {
                System.arraycopy(seed, 0, bytes, 0, bytes.length);
            }
        };
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance(ALGORITHM);
            generator.initialize(NamedParameterSpec.ED25519, fixed);
            return generator.generateKeyPair().getPublic();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The JDK has no Ed25519", e);
        }
    }

    public static String pem(PrivateKey key) {
        return pem("PRIVATE KEY", key.getEncoded());
    }

    public static String pem(PublicKey key) {
        return pem("PUBLIC KEY", key.getEncoded());
    }

    /** The signature of {@code data}, base64. */
    public static String sign(PrivateKey key, byte[] data) {
        Ed25519Signer signer = new Ed25519Signer();
        signer.init(true, parameters(key));
        signer.update(data, 0, data.length);
        return Base64.getEncoder().encodeToString(signer.generateSignature());
    }

    /**
     * Bouncy Castle's form of {@code key}. It derives the public key that each signature needs once per object, and
     * that took half of every signature: the last key's is kept, since a server signs with one key.
     */
    private static Ed25519PrivateKeyParameters parameters(PrivateKey key) {
        SigningKey last = lastSigningKey;
        if (last == null || last.key() != key) {
            byte[] seed = ((EdECPrivateKey) key).getBytes()
                    .orElseThrow(() -> new IllegalArgumentException("The private key does not reveal its bytes"));
            last = new SigningKey(key, new Ed25519PrivateKeyParameters(seed, 0));
            lastSigningKey = last;
        }
        return last.parameters();
    }

    private record SigningKey(PrivateKey key, Ed25519PrivateKeyParameters parameters) {
    }

    /** Whether {@code signature} (base64) is {@code key}'s over {@code data}; false for anything malformed. */
    public static boolean verify(PublicKey key, byte[] data, String signature) {
        if (key == null || signature == null) {
            return false;
        }
        try {
            Signature verifier = Signature.getInstance(ALGORITHM);
            verifier.initVerify(key);
            verifier.update(data);
            return verifier.verify(Base64.getDecoder().decode(signature));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    private static String pem(String label, byte[] der) {
        return "-----BEGIN " + label + "-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der)
                + "\n-----END " + label + "-----\n";
    }

    private static byte[] der(String pem, String label) {
        String begin = "-----BEGIN " + label + "-----";
        String end = "-----END " + label + "-----";
        int from = pem.indexOf(begin);
        int to = pem.indexOf(end);
        if (from < 0 || to < from) {
            throw new IllegalArgumentException("No " + begin + " block");
        }
        return Base64.getMimeDecoder().decode(pem.substring(from + begin.length(), to));
    }
}
