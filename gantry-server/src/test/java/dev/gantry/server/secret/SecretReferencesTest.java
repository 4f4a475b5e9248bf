package dev.gantry.server.secret;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** Which secrets a workflow's text refers to, and which names a secret may have. */
class SecretReferencesTest {

    @Test
    void names_in_dot_and_index_forms_case_insensitive() {
        assertThat(SecretReferences.in("""
                env:
                  A: ${{ secrets.alpha }}
                  B: ${{ SECRETS.Beta }}
                  C: ${{ secrets['gamma'] }}
                  D: ${{ secrets [ "Delta" ] }}
                  E: ${{ format('{0}', secrets . epsilon) }}
                steps:
                  - if: secrets.ZETA != ''
                    with:
                      token: ${{ inputs.token || secrets.eta }}
                """)).isEqualTo(new SecretReferences.Named(Set.of("ALPHA", "BETA", "GAMMA", "DELTA", "EPSILON",
                "ZETA", "ETA")));
    }

    @Test
    void no_reference_is_no_secret() {
        assertThat(SecretReferences.in("""
                steps:
                  - run: echo "no secrets here; mysecrets.X and my-secrets.Y are not them"
                  - run: echo ${{ 'secrets are masked' }} ${{ github.sha }}
                """)).isEqualTo(new SecretReferences.Named(Set.of()));
    }

    @Test
    void inherit_and_whole_uses_refer_to_all() {
        assertThat(SecretReferences.in("jobs:\n  c:\n    uses: ./x.yml\n    secrets: inherit\n"))
                .isEqualTo(new SecretReferences.All());
        assertThat(SecretReferences.in("jobs:\n  c:\n    uses: ./x.yml\n    secrets: 'inherit'  # all\n"))
                .isEqualTo(new SecretReferences.All());
        assertThat(SecretReferences.in("run: echo '${{ toJSON(secrets) }}'")).isEqualTo(new SecretReferences.All());
        assertThat(SecretReferences.in("run: ${{ secrets[format('{0}_TOKEN', matrix.env)] }}"))
                .isEqualTo(new SecretReferences.All());
        assertThat(SecretReferences.in("jobs:\n  c:\n    secrets:\n      token: ${{ secrets.NPM }}\n"))
                .isEqualTo(new SecretReferences.Named(Set.of("NPM")));
    }

    @Test
    void names_follow_githubs_rules_and_are_upper_case() {
        assertThat(SecretName.of("deploy_Token").value()).isEqualTo("DEPLOY_TOKEN");
        assertThat(SecretName.of("_x1").value()).isEqualTo("_X1");
        assertThatThrownBy(() -> SecretName.of("1TOKEN")).hasMessage(
                "invalid secret name \"1TOKEN\": it must not start with a digit");
        assertThatThrownBy(() -> SecretName.of("github_token")).hasMessage(
                "invalid secret name \"github_token\": names starting with GITHUB_ are reserved");
        assertThatThrownBy(() -> SecretName.of("my-token")).hasMessage(
                "invalid secret name \"my-token\": use only letters, digits and '_'");
        assertThatThrownBy(() -> SecretName.of("")).hasMessageStartingWith("invalid secret name \"\": use 1 to 255");
        assertThatThrownBy(() -> SecretName.of("ÄPFEL")).hasMessageContaining("use only letters, digits and '_'");
    }
}
