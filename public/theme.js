// The theme chosen in the header (src/client/lib/stores/theme.ts), set before the first paint.
try {
  var theme = JSON.parse(localStorage.getItem('pledge-tracker:theme')).state.choice;
  if (theme === 'light' || theme === 'dark') document.documentElement.dataset.theme = theme;
} catch {
  // nothing stored: follow the system
}
