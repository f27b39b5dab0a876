package app.innkeep.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class MoneyAndCodesTest {

    @Test
    void moneyKeepsTheCurrencysMinorUnitAndRefusesMixing() {
        Money rent = Money.of("129.00", "USD");
        assertThat(rent.plus(Money.of("6.5", "USD"))).isEqualTo(Money.of("135.50", "USD"));
        assertThat(rent.times(new BigDecimal("3"))).isEqualTo(Money.of("387.00", "USD"));
        assertThat(Money.of("100", "JPY").toString()).isEqualTo("100 JPY");
        assertThatThrownBy(() -> rent.plus(Money.of("1", "EUR"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Money.of("1.005", "USD")).isInstanceOf(ArithmeticException.class);
        assertThat(rent.minus(rent).isZero()).isTrue();
    }

    @Test
    void masterDataCodesAreShortUpperCaseIds() {
        assertThat(MasterDataCode.isValid("RENT")).isTrue();
        assertThat(MasterDataCode.isValid("WALK_IN")).isTrue();
        assertThat(MasterDataCode.isValid("ABCDEFGHIJKL")).isTrue();
        assertThat(MasterDataCode.isValid("ABCDEFGHIJKLM")).isFalse();
        assertThat(MasterDataCode.isValid("rent")).isFalse();
        assertThat(MasterDataCode.isValid("")).isFalse();
        assertThat(MasterDataCode.isValid("-RENT")).isFalse();
        assertThatThrownBy(() -> new MasterDataCode("visa")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void propertyCodesAreTwoToEightCharacters() {
        assertThat(PropertyCode.isValid("SEA")).isTrue();
        assertThat(PropertyCode.isValid("S")).isFalse();
        assertThat(PropertyCode.isValid("1SEA")).isFalse();
        assertThat(PropertyCode.isValid("SEATTLE01")).isFalse();
    }
}
