/* Sets the theme chosen in the header (lib/stores/theme.ts) before the first paint. */
try{var t=JSON.parse(localStorage.getItem('pledge-tracker:theme')).state.choice;if(t==='light'||t==='dark')document.documentElement.dataset.theme=t}catch{/* nothing stored: follow the system */}
