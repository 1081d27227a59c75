"use client";
import { TextInput } from "@/components/ui/field";

// Every IANA zone this runtime knows, as a searchable list (typing "berl" offers Europe/Berlin).
const ZONES: string[] = (() => {
  const list = typeof Intl.supportedValuesOf === "function" ? Intl.supportedValuesOf("timeZone") : [];
  return list.includes("UTC") ? list : ["UTC", ...list];
})();

export function TimeZoneInput({ defaultValue, invalid }: { defaultValue: string; invalid: boolean }) {
  return (
    <>
      <TextInput
        name="timezone"
        list="timezone-options"
        autoComplete="off"
        placeholder="UTC"
        defaultValue={defaultValue}
        invalid={invalid}
      />
      <datalist id="timezone-options">
        {ZONES.map((z) => (
          <option key={z} value={z} />
        ))}
      </datalist>
    </>
  );
}
