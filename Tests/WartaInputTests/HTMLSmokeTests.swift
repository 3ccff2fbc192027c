import Testing
import WartaInput
