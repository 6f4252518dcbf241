// Starts GOV.UK Frontend's components on every page (loaded by layout.html as a module).
import { initAll } from '/webjars/govuk-frontend/dist/govuk/govuk-frontend.min.js'

initAll()
