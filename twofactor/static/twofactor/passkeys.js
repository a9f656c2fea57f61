// A passkey just added shows in the list: the page is drawn by the server.
document.addEventListener("otp_webauthn.register_complete", () => window.location.reload());
