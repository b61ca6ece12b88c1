"use client";

import { useEffect } from "react";
import * as CookieConsent from "vanilla-cookieconsent";
import "vanilla-cookieconsent/dist/cookieconsent.css";

// Analytics loads only after consent; rejecting is as easy as accepting (one click, same size button).
export default function CookieConsentBanner() {
  useEffect(() => {
    CookieConsent.run({
      categories: {
        necessary: { enabled: true, readOnly: true },
        analytics: {
          autoClear: { cookies: [{ name: /^_pk_/ }] },
        },
      },
      onConsent: () => {
        if (CookieConsent.acceptedCategory("analytics")) {
          startAnalytics();
        }
      },
      guiOptions: { consentModal: { layout: "box", equalWeightButtons: true } },
      language: {
        default: "en",
        translations: {
          en: {
            consentModal: {
              title: "Cookies",
              description: "We use necessary cookies to run Ledgerline and, with your permission, analytics cookies to improve it.",
              acceptAllBtn: "Accept all",
              acceptNecessaryBtn: "Reject analytics",
              showPreferencesBtn: "Choose",
              footer: '<a href="/cookies">Cookie policy</a>',
            },
            preferencesModal: {
              title: "Cookie settings",
              acceptAllBtn: "Accept all",
              acceptNecessaryBtn: "Reject analytics",
              savePreferencesBtn: "Save",
              sections: [
                { title: "Necessary", description: "Sign-in, security and your cookie choice.", linkedCategory: "necessary" },
                { title: "Analytics", description: "Anonymous usage statistics (self-hosted Matomo).", linkedCategory: "analytics" },
              ],
            },
          },
        },
      },
    });
  }, []);
  return null;
}

// Self-hosted Matomo, started only after the visitor accepts analytics cookies.
function startAnalytics() {
  const w = window as unknown as { _paq?: unknown[][] };
  const paq = (w._paq = w._paq ?? []);
  paq.push(["setDoNotTrack", true]);
  paq.push(["disableBrowserFeatureDetection"]);
  paq.push(["trackPageView"]);
  paq.push(["setTrackerUrl", "https://stats.ledgerline.example/matomo.php"]);
  paq.push(["setSiteId", "1"]);
  const script = document.createElement("script");
  script.async = true;
  script.src = "https://stats.ledgerline.example/matomo.js";
  document.head.appendChild(script);
}
