export { Rational } from "./rational.js";
