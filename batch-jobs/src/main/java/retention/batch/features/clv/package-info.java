/**
 * Customer lifetime value: the BG/NBD model of purchases and dropout and the Gamma-Gamma model of spend (Fader, Hardie
 * &amp; Lee 2005), fitted by maximum likelihood in plain Java, and their 12-month CLV.
 */
package retention.batch.features.clv;
