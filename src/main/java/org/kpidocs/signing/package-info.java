/**
 * Digital signatures, knowing nothing of what is signed: the signing key (from a PKCS#12 keystore, or
 * a development key created on first start), PAdES baseline B-B signatures of PDF files with PDFBox
 * and BouncyCastle CMS, their verification, and compact detached signatures of short texts. Every
 * signature is deterministic (RSA PKCS#1 v1.5, or ECDSA with RFC 6979 nonces), so the same input and
 * signing time give the same bytes.
 */
package org.kpidocs.signing;
