package frontdoor.service.storage;

import frontdoor.service.ServiceTest;

@ServiceTest
class H2StorageTest extends StorageContract {
}
