/** jest-dom matchers (toBeInTheDocument, …) for the dom project. */
import '@testing-library/jest-dom';
