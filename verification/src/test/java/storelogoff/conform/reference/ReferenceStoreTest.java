package storelogoff.conform.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static storelogoff.conform.reference.Mapi.*;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The reference store called directly, where the kit's adapter never calls it: once the final
 * release has ended it, every call is MAPI_E_INVALID_OBJECT (IMPL-2) and changes nothing.
 */
class ReferenceStoreTest {

    @Test
    void aReleasedStoreRefusesEveryCall() {
        List<Integer> told = new ArrayList<>();
        ReferenceStore store = new ReferenceStore(f -> {
            told.add(f[0]);
            return S_OK;
        });
        int[] flags = {LOGOFF_NO_WAIT};
        assertThat(store.storeLogoff(flags)).isEqualTo(S_OK);
        assertThat(store.release()).isEqualTo(S_OK);
        assertThat(told).as("StoreLogoffTransports, once, with the saved flag").containsExactly(LOGOFF_NO_WAIT);

        assertThat(store.release()).isEqualTo(MAPI_E_INVALID_OBJECT);
        assertThat(store.storeLogoff(new int[] {LOGOFF_ABORT})).isEqualTo(MAPI_E_INVALID_OBJECT);
        assertThat(store.submit()).isEqualTo(MAPI_E_INVALID_OBJECT);
        assertThat(store.addRef()).isEqualTo(MAPI_E_INVALID_OBJECT);
        assertThat(store.refs()).isZero();
        assertThat(store.outbox()).isZero();
        assertThat(store.savedFlag()).isEqualTo(LOGOFF_NO_WAIT);
        assertThat(told).hasSize(1);
    }
}
