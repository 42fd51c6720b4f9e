import Testing
@testable import ParleyPages
