package retention.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ApiKeySecretTests {

    @Test
    void generatesDistinctKeysOf256RandomBits() {
        String a = ApiKeySecret.generate();
        String b = ApiKeySecret.generate();

        assertThat(a).startsWith("rk_").hasSize(46).isNotEqualTo(b);
    }

    @Test
    void storesTheSha256OfTheKey() {
        assertThat(ApiKeySecret.hash("abc"))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }
}
