<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>main</name>
    <message>
        <source>OneWindow</source>
        <translation>一窗通</translation>
    </message>
    <message>
        <source>There are no clerk accounts at this counter yet. IT staff can add one with:
onewindow-cli clerk add --login LOGIN --name NAME --role admin</source>
        <translation>本窗口尚无工作人员账号。信息技术人员可用以下命令添加：
onewindow-cli clerk add --login 登录名 --name 姓名 --role admin</translation>
    </message>
    <message>
        <source>--hall-listen takes an address and a port, such as 0.0.0.0:7700.</source>
        <translation>--hall-listen 需要地址和端口，例如 0.0.0.0:7700。</translation>
    </message>
    <message>
        <source>The hall needs its key of at least 8 characters: give it with --hall-key-file FILE or in OW_HALL_KEY.</source>
        <translation>大厅需要至少 8 个字符的密钥：请用 --hall-key-file FILE 或环境变量 OW_HALL_KEY 提供。</translation>
    </message>
    <message>
        <source>--hall-host takes the queue host's address, such as ws://10.0.0.5:7700.</source>
        <translation>--hall-host 需要叫号主机的地址，例如 ws://10.0.0.5:7700。</translation>
    </message>
    <message>
        <source>--%1 is a setting of the queue host; with --hall-host give it to onewindow-cli queue host.</source>
        <translation>--%1 是叫号主机的设置；使用 --hall-host 时，请把它交给 onewindow-cli queue host。</translation>
    </message>
    <message>
        <source>--checkin-early takes the minutes before the slot a citizen may check in, from 0 to 720.</source>
        <translation>--checkin-early 需要群众可在预约时段前多少分钟签到，取值 0 到 720。</translation>
    </message>
</context>
<context>
    <name>ow::appointments::AppointmentService</name>
    <message>
        <source>The district sent an appointment this counter cannot use (%1).</source>
        <translation>区级下发了本窗口无法使用的预约（%1）。</translation>
    </message>
</context>
<context>
    <name>ow::audit::AuditChain</name>
    <message>
        <source>Row %1 does not start the chain: rows before it were removed.</source>
        <translation>第 %1 条记录不是链的起点：它之前的记录已被删除。</translation>
    </message>
    <message>
        <source>Row %1 does not follow row %2: row %2 was changed, or a row between them was removed or moved.</source>
        <translation>第 %1 条记录与第 %2 条记录衔接不上：第 %2 条记录被修改过，或两者之间的记录被删除或移动过。</translation>
    </message>
    <message>
        <source>Row %1 was changed after it was written (%2 by %3 at %4).</source>
        <translation>第 %1 条记录在写入后被修改过（%3 于 %4 的操作 %2）。</translation>
    </message>
    <message>
        <source>the system</source>
        <translation>系统</translation>
    </message>
</context>
<context>
    <name>ow::auth::ClerkService</name>
    <message>
        <source>A login is 2 to 32 letters, digits, dots, dashes or underscores, starting with a letter or digit.</source>
        <translation>登录名为 2 到 32 个字母、数字、点、连字符或下划线，须以字母或数字开头。</translation>
    </message>
    <message>
        <source>The name must have 1 to 30 characters.</source>
        <translation>姓名须为 1 到 30 个字。</translation>
    </message>
    <message>
        <source>The password must have at least %1 characters.</source>
        <translation>密码至少需要 %1 个字符。</translation>
    </message>
    <message>
        <source>The login %1 is taken already.</source>
        <translation>登录名 %1 已被使用。</translation>
    </message>
    <message>
        <source>The password could not be protected (not enough memory).</source>
        <translation>无法加密保存密码（内存不足）。</translation>
    </message>
    <message>
        <source>The clerk could not be saved to the data file.</source>
        <translation>无法将工作人员保存到数据文件。</translation>
    </message>
    <message>
        <source>Enter your login.</source>
        <translation>请输入登录名。</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>请输入密码。</translation>
    </message>
    <message>
        <source>Too many failed attempts. Login is locked until %1.</source>
        <translation>失败次数过多，登录已锁定至 %1。</translation>
    </message>
    <message>
        <source>The login could not be recorded in the data file. Call IT support.</source>
        <translation>无法在数据文件中记录本次登录，请联系信息技术人员。</translation>
    </message>
    <message>
        <source>Too many failed attempts. Login is locked for %1 minutes.</source>
        <translation>失败次数过多，登录已锁定 %1 分钟。</translation>
    </message>
    <message>
        <source>The login or the password is wrong. Attempts left before the login is locked: %1.</source>
        <translation>登录名或密码错误。再失败 %1 次将锁定登录。</translation>
    </message>
    <message>
        <source>Your password has not been confirmed by the district for more than %1 days. Log in once while this counter is connected to the district server.</source>
        <translation>您的密码已超过 %1 天未经区级服务器确认。请在本窗口连接区级服务器时登录一次。</translation>
    </message>
    <message>
        <source>Too many failed attempts at the district server. Login is locked until %1.</source>
        <translation>在区级服务器上登录失败次数过多，账号锁定至 %1。</translation>
    </message>
</context>
<context>
    <name>ow::auth::Roles</name>
    <message>
        <source>Clerk</source>
        <translation>窗口人员</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>主管</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>管理员</translation>
    </message>
</context>
<context>
    <name>ow::calendar::CalendarService</name>
    <message>
        <source>The calendar file %1 cannot be read: %2</source>
        <translation>无法读取工作日历文件 %1：%2</translation>
    </message>
    <message>
        <source>The calendar file %1 was not imported: %2</source>
        <translation>工作日历文件 %1 未导入：%2</translation>
    </message>
    <message>
        <source>The calendar could not be saved to the data file.</source>
        <translation>无法将工作日历保存到数据文件。</translation>
    </message>
</context>
<context>
    <name>ow::calendar::WorkingCalendar</name>
    <message>
        <source>The calendar data is not valid JSON: %1 (at character %2).</source>
        <translation>工作日历数据不是有效的 JSON：%1（第 %2 个字符处）。</translation>
    </message>
    <message>
        <source>The calendar data holds no year.</source>
        <translation>工作日历数据中没有任何年度。</translation>
    </message>
    <message>
        <source>The calendar data must be a year object or a list of year objects.</source>
        <translation>工作日历数据须为一个年度对象或年度对象列表。</translation>
    </message>
    <message>
        <source>Calendar entry %1 is not a year object.</source>
        <translation>工作日历第 %1 项不是年度对象。</translation>
    </message>
    <message>
        <source>Calendar entry %1 has no valid year (found "%2").</source>
        <translation>工作日历第 %1 项没有有效年份（读到“%2”）。</translation>
    </message>
    <message>
        <source>Calendar %1: the format "%2" is not a version number.</source>
        <translation>%1 年工作日历：格式“%2”不是版本号。</translation>
    </message>
    <message>
        <source>Calendar %1 is written in format %2, but this program reads format %3 at most. Update OneWindow before importing it.</source>
        <translation>%1 年工作日历采用格式 %2，本程序最高只能读取格式 %3。请先升级一窗通再导入。</translation>
    </message>
    <message>
        <source>Calendar %1: the region "%2" is not supported; expected "CN".</source>
        <translation>%1 年工作日历：不支持地区“%2”，应为“CN”。</translation>
    </message>
    <message>
        <source>Calendar %1 is given more than once.</source>
        <translation>%1 年工作日历重复出现。</translation>
    </message>
    <message>
        <source>Calendar %1 does not name its source notice (title and number).</source>
        <translation>%1 年工作日历未注明依据的通知（标题和文号）。</translation>
    </message>
    <message>
        <source>Calendar %1: "%2" is not a date of the form YYYY-MM-DD.</source>
        <translation>%1 年工作日历：“%2”不是 YYYY-MM-DD 格式的日期。</translation>
    </message>
    <message>
        <source>Calendar %1 lists no holidays.</source>
        <translation>%1 年工作日历没有列出任何节假日。</translation>
    </message>
    <message>
        <source>Calendar %1: a holiday has no name.</source>
        <translation>%1 年工作日历：有节假日缺少名称。</translation>
    </message>
    <message>
        <source>Calendar %1: the holiday "%2" has "%3", which is not a date of the form YYYY-MM-DD.</source>
        <translation>%1 年工作日历：节假日“%2”中的“%3”不是 YYYY-MM-DD 格式的日期。</translation>
    </message>
    <message>
        <source>Calendar %1: the holiday "%2" ends on %3, before it starts on %4.</source>
        <translation>%1 年工作日历：节假日“%2”结束于 %3，早于开始日期 %4。</translation>
    </message>
    <message>
        <source>Calendar %1: the date %2 lies outside the year of the notice.</source>
        <translation>%1 年工作日历：日期 %2 不在通知所属年度内。</translation>
    </message>
    <message>
        <source>Calendar %1: the holiday "%2" from %3 to %4 spans %5 days, but the data says %6.</source>
        <translation>%1 年工作日历：节假日“%2”自 %3 至 %4 共 %5 天，但数据写的是 %6 天。</translation>
    </message>
    <message>
        <source>Calendar %1: the date %2 is listed twice.</source>
        <translation>%1 年工作日历：日期 %2 重复列出。</translation>
    </message>
    <message>
        <source>Calendar %1: "makeup_workdays" must be a list.</source>
        <translation>%1 年工作日历：“makeup_workdays”须为列表。</translation>
    </message>
    <message>
        <source>Calendar %1: the make-up working day "%2" is not a date of the form YYYY-MM-DD.</source>
        <translation>%1 年工作日历：调休上班日“%2”不是 YYYY-MM-DD 格式的日期。</translation>
    </message>
    <message>
        <source>Calendar %1: the date %2 is both a holiday and a make-up working day.</source>
        <translation>%1 年工作日历：日期 %2 既是节假日又是调休上班日。</translation>
    </message>
    <message>
        <source>Calendar %1: the make-up working day %2 is not a Saturday or Sunday.</source>
        <translation>%1 年工作日历：调休上班日 %2 不是周六或周日。</translation>
    </message>
    <message>
        <source>Calendar %1: the make-up working day %2 is for "%3", which is not a holiday of the notice.</source>
        <translation>%1 年工作日历：调休上班日 %2 对应的“%3”不是通知中的节假日。</translation>
    </message>
    <message>
        <source>The calendar folder %1 does not exist.</source>
        <translation>工作日历文件夹 %1 不存在。</translation>
    </message>
    <message>
        <source>The calendar folder %1 holds no calendar file.</source>
        <translation>工作日历文件夹 %1 中没有日历文件。</translation>
    </message>
    <message>
        <source>The calendar file %1 cannot be read: %2</source>
        <translation>无法读取工作日历文件 %1：%2</translation>
    </message>
    <message>
        <source>In the calendar file %1: %2</source>
        <translation>工作日历文件 %1 中：%2</translation>
    </message>
</context>
<context>
    <name>ow::cases::CasePaper</name>
    <message>
        <source>There is no case %1 at this counter.</source>
        <translation>本窗口没有办件 %1。</translation>
    </message>
    <message>
        <source>There is no item %1 in the catalog.</source>
        <translation>事项目录中没有事项 %1。</translation>
    </message>
</context>
<context>
    <name>ow::cases::CaseService</name>
    <message>
        <source>There is no case %1 at this counter.</source>
        <translation>本窗口没有办件 %1。</translation>
    </message>
    <message>
        <source>Case %1 is %2 and cannot change any more.</source>
        <translation>办件 %1 状态为%2，不能再变更。</translation>
    </message>
    <message>
        <source>Case %1 is %2; it can only become: %3.</source>
        <translation>办件 %1 当前为%2，只能变更为：%3。</translation>
    </message>
    <message>
        <source>Case %1 still waits for: %2. Record them as received first.</source>
        <translation>办件 %1 仍在等待补交：%2。请先登记已收到。</translation>
    </message>
    <message>
        <source>Give the reason for the rejection; the citizen is told it.</source>
        <translation>请填写不予办理的理由，将告知申请人。</translation>
    </message>
    <message>
        <source>Case %1 changed meanwhile or could not be saved; open it again.</source>
        <translation>办件 %1 已被修改或无法保存，请重新打开。</translation>
    </message>
    <message>
        <source>Case %1 does not wait for the material %2.</source>
        <translation>办件 %1 没有待补交的材料 %2。</translation>
    </message>
    <message>
        <source>The material could not be recorded in the data file.</source>
        <translation>无法在数据文件中登记该材料。</translation>
    </message>
</context>
<context>
    <name>ow::cases::CaseStates</name>
    <message>
        <source>Received</source>
        <translation>已受理</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>审核中</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>已核准</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>被拒绝</translation>
    </message>
    <message>
        <source>Ready for pickup</source>
        <translation>待领取</translation>
    </message>
    <message>
        <source>Collected</source>
        <translation>已领取</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>已送达</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已办结</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>已出证</translation>
    </message>
    <message>
        <source>Issued on the spot</source>
        <translation>即办</translation>
    </message>
    <message>
        <source>Promised time limit</source>
        <translation>承诺件</translation>
    </message>
</context>
<context>
    <name>ow::catalog::CatalogItem</name>
    <message>
        <source>Instant</source>
        <translation>即办</translation>
    </message>
    <message>
        <source>Promised</source>
        <translation>承诺件</translation>
    </message>
</context>
<context>
    <name>ow::catalog::CatalogLoader</name>
    <message>
        <source>(no code)</source>
        <translation>（无编码）</translation>
    </message>
    <message>
        <source>%1: item %2, %3: %4</source>
        <translation>%1：事项 %2，%3：%4</translation>
    </message>
    <message>
        <source>%1: bundle %2, %3: %4</source>
        <translation>%1：“一件事” %2，%3：%4</translation>
    </message>
    <message>
        <source>is not a known key</source>
        <translation>不是已知的键</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <source>must be a non-empty text</source>
        <translation>须为非空文本</translation>
    </message>
    <message>
        <source>must be a whole number of at least %1</source>
        <translation>须为不小于 %1 的整数</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>须为 true 或 false</translation>
    </message>
    <message>
        <source>must be one of: %1</source>
        <translation>须为以下之一：%1</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>须为对象</translation>
    </message>
    <message>
        <source>must be a non-empty list</source>
        <translation>须为非空列表</translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation>须为列表</translation>
    </message>
    <message>
        <source>format %1 is newer than this program reads (%2); install a newer OneWindow</source>
        <translation>格式版本 %1 高于本程序可读取的版本（%2），请安装新版一窗通</translation>
    </message>
    <message>
        <source>must be %1</source>
        <translation>须为 %1</translation>
    </message>
    <message>
        <source>"%1" does not match the pattern %2</source>
        <translation>“%1”不符合格式 %2</translation>
    </message>
    <message>
        <source>"%1" differs from the file name; it must be %2</source>
        <translation>“%1”与文件名不一致，应为 %2</translation>
    </message>
    <message>
        <source>"%1" appears twice</source>
        <translation>“%1”重复出现</translation>
    </message>
    <message>
        <source>must be one of the options: %1</source>
        <translation>须为可选项之一：%1</translation>
    </message>
    <message>
        <source>must be 0 for an instant item</source>
        <translation>即办事项须为 0</translation>
    </message>
    <message>
        <source>must be at least 1 for a promised item</source>
        <translation>承诺件须不小于 1</translation>
    </message>
    <message>
        <source>must not be less than time_limit_days (%1)</source>
        <translation>不得小于 time_limit_days（%1）</translation>
    </message>
    <message>
        <source>a table column cannot be a table</source>
        <translation>表格的列不能再是表格</translation>
    </message>
    <message>
        <source>is allowed only on a choice field</source>
        <translation>仅允许用于选择型字段</translation>
    </message>
    <message>
        <source>is allowed only on a table field</source>
        <translation>仅允许用于表格型字段</translation>
    </message>
    <message>
        <source>a field cannot have both compute and prefill</source>
        <translation>字段不能同时设置 compute 和 prefill</translation>
    </message>
    <message>
        <source>is not allowed on a %1 field</source>
        <translation>不允许用于 %1 型字段</translation>
    </message>
    <message>
        <source>does not compile: %1</source>
        <translation>无法编译：%1</translation>
    </message>
    <message>
        <source>is missing (a pattern needs the message shown when it does not match)</source>
        <translation>缺失（设置 pattern 时须提供不匹配时显示的提示）</translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation>须为数字</translation>
    </message>
    <message>
        <source>is greater than %1</source>
        <translation>大于 %1</translation>
    </message>
    <message>
        <source>must be a date (YYYY-MM-DD) or service_date</source>
        <translation>须为日期（YYYY-MM-DD）或 service_date</translation>
    </message>
    <message>
        <source>"%1" is not a field of source %2</source>
        <translation>“%1”不是来源 %2 的字段</translation>
    </message>
    <message>
        <source>"%1" is not a known item code</source>
        <translation>“%1”不是已知的事项编码</translation>
    </message>
    <message>
        <source>"%1" is not a field of item %2</source>
        <translation>“%1”不是事项 %2 的字段</translation>
    </message>
    <message>
        <source>"%1" is not a shared dataset (known: %2)</source>
        <translation>“%1”不是共享数据集（已知：%2）</translation>
    </message>
    <message>
        <source>"%1" is not a field of dataset %2</source>
        <translation>“%1”不是数据集 %2 的字段</translation>
    </message>
    <message>
        <source>%1 gives a %2 value, but the field is a %3 field</source>
        <translation>%1 得出 %2 型的值，但该字段是 %3 型</translation>
    </message>
    <message>
        <source>%1 needs these inputs: %2</source>
        <translation>%1 需要以下输入：%2</translation>
    </message>
    <message>
        <source>"%1" is not a field of this item</source>
        <translation>“%1”不是本事项的字段</translation>
    </message>
    <message>
        <source>"%1" is a %2 field; %3 needs a %4 field here</source>
        <translation>“%1”是 %2 型字段；%3 此处需要 %4 型字段</translation>
    </message>
    <message>
        <source>"%1" is not a number column of table %2</source>
        <translation>“%1”不是表格 %2 的数字列</translation>
    </message>
    <message>
        <source>needs exactly one of "in" and "equals"</source>
        <translation>须且只能有“in”和“equals”之一</translation>
    </message>
    <message>
        <source>"%1" is not an option of field %2</source>
        <translation>“%1”不是字段 %2 的可选项</translation>
    </message>
    <message>
        <source>"%1" is not a date field of this item</source>
        <translation>“%1”不是本事项的日期字段</translation>
    </message>
    <message>
        <source>"%1" is not a region code of 2, 4 or 6 digits</source>
        <translation>“%1”不是 2、4 或 6 位的行政区划代码</translation>
    </message>
    <message>
        <source>"%1" is neither self nor a known item code</source>
        <translation>“%1”既不是 self 也不是已知的事项编码</translation>
    </message>
    <message>
        <source>a key material cannot be accepted while missing (tolerance)</source>
        <translation>关键材料不能容缺受理</translation>
    </message>
    <message>
        <source>is missing (tolerance needs the working days to supply the material)</source>
        <translation>缺失（容缺受理须写明补交材料的工作日数）</translation>
    </message>
    <message>
        <source>is allowed only when %1 is true</source>
        <translation>仅在 %1 为 true 时允许</translation>
    </message>
    <message>
        <source>is missing (a commitment needs the text the citizen signs)</source>
        <translation>缺失（告知承诺须提供群众签署的承诺书文本）</translation>
    </message>
    <message>
        <source>a commitment letter cannot itself be replaced by a commitment</source>
        <translation>承诺书本身不能再以承诺代替</translation>
    </message>
    <message>
        <source>is missing (a block number needs its series)</source>
        <translation>缺失（号段编号须写明号段系列）</translation>
    </message>
    <message>
        <source>a bundle needs two or more items</source>
        <translation>“一件事”须包含两个或以上事项</translation>
    </message>
    <message>
        <source>"%1" is a %2 field in item %3 but a %4 field in item %5</source>
        <translation>“%1”在事项 %3 中是 %2 型字段，在事项 %5 中却是 %4 型字段</translation>
    </message>
    <message>
        <source>"%1" is not an item of this bundle</source>
        <translation>“%1”不是本“一件事”中的事项</translation>
    </message>
    <message>
        <source>"%1" is not a material of item %2</source>
        <translation>“%1”不是事项 %2 的材料</translation>
    </message>
    <message>
        <source>"%1" is used twice (also in %2)</source>
        <translation>“%1”重复使用（另见 %2）</translation>
    </message>
    <message>
        <source>The catalog holds no item.</source>
        <translation>事项目录中没有任何事项。</translation>
    </message>
    <message>
        <source>%1: not valid JSON: %2 (at character %3)</source>
        <translation>%1：不是有效的 JSON：%2（第 %3 个字符处）</translation>
    </message>
    <message>
        <source>%1: the file must hold one JSON object</source>
        <translation>%1：文件须包含一个 JSON 对象</translation>
    </message>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>%1：无法读取：%2</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 不存在。</translation>
    </message>
    <message>
        <source>%1 holds no items folder; a catalog folder holds items/ and bundles/.</source>
        <translation>%1 中没有 items 文件夹；事项目录文件夹应包含 items/ 和 bundles/。</translation>
    </message>
    <message>
        <source>%1, %2: is not a known key</source>
        <translation>%1，%2：不是已知的键</translation>
    </message>
    <message>
        <source>%1, format: is missing</source>
        <translation>%1，format：缺失</translation>
    </message>
    <message>
        <source>%1, format: must be %2</source>
        <translation>%1，format：须为 %2</translation>
    </message>
    <message>
        <source>%1, format: format %2 is newer than this program reads (%3); install a newer OneWindow</source>
        <translation>%1，format：格式版本 %2 高于本程序可读取的版本（%3），请安装新版一窗通</translation>
    </message>
    <message>
        <source>%1, %2: must be a list</source>
        <translation>%1，%2：须为列表</translation>
    </message>
    <message>
        <source>%1, %2: must be an object</source>
        <translation>%1，%2：须为对象</translation>
    </message>
</context>
<context>
    <name>ow::catalog::CatalogService</name>
    <message>
        <source>The catalog could not be saved to the data file; the previous catalog stays in use.</source>
        <translation>事项目录未能写入数据文件，继续使用原有事项目录。</translation>
    </message>
    <message>
        <source>The catalog cannot be read from the data file.</source>
        <translation>无法从数据文件读取事项目录。</translation>
    </message>
    <message>
        <source>The catalog shipped with this program could not be installed: %1</source>
        <translation>程序自带的事项目录未能安装：%1</translation>
    </message>
</context>
<context>
    <name>ow::certificate::CertificateDocument</name>
    <message>
        <source>No photo</source>
        <translation>无照片</translation>
    </message>
</context>
<context>
    <name>ow::certificate::CertificateIssuer</name>
    <message>
        <source>No certificate template issues the item %1.</source>
        <translation>没有证照模板对应事项 %1。</translation>
    </message>
    <message>
        <source>This counter has no signing key in the system keyring, so its certificates could not be verified. Ask IT staff to make and enroll one (onewindow-cli certificate key).</source>
        <translation>本窗口在系统密钥环中没有签名密钥，签发的证照将无法核验。请信息技术人员生成并备案密钥（onewindow-cli certificate key）。</translation>
    </message>
    <message>
        <source>There is no case %1 at this counter.</source>
        <translation>本窗口没有办件 %1。</translation>
    </message>
    <message>
        <source>Case %1 is a promised item; its certificate is issued after the back office approves it, not on the spot.</source>
        <translation>办件 %1 是承诺件，须经后台审批后发证，不能当场发证。</translation>
    </message>
    <message>
        <source>Case %1 already has its certificate %2. Reprint or void it instead.</source>
        <translation>办件 %1 已有证照 %2。如需再次打印请补打，或先作废。</translation>
    </message>
    <message>
        <source>Case %1 is %2; a certificate is issued to received cases only.</source>
        <translation>办件 %1 当前为“%2”；只有已受理的办件才能发证。</translation>
    </message>
    <message>
        <source>Case %1 still waits for: %2. Record them as received first.</source>
        <translation>办件 %1 仍在等待补交：%2。请先登记已收到。</translation>
    </message>
    <message>
        <source>The item %1 of case %2 is not in the catalog.</source>
        <translation>办件 %2 的事项 %1 不在事项目录中。</translation>
    </message>
    <message>
        <source>The certificate %1 takes its number from the form; it is not issued on the spot.</source>
        <translation>%1 的证号取自表单，不能当场发证。</translation>
    </message>
    <message>
        <source>Set this counter's hall and number in Settings first; the certificate names the hall.</source>
        <translation>请先在“设置”中填写本窗口所属服务中心和窗口号；证照上要印发证机关。</translation>
    </message>
    <message>
        <source>No numbers left for %1 (series %2); an administrator adds a block of numbers first.</source>
        <translation>%1（号段系列 %2）已无可用编号；请管理员先添加编号段。</translation>
    </message>
    <message>
        <source>Case %1 has no photo yet; take the citizen's photo first.</source>
        <translation>办件 %1 还没有照片；请先为申请人拍照。</translation>
    </message>
    <message>
        <source>The photo of case %1 cannot be read. Take the photo again.</source>
        <translation>办件 %1 的照片无法读取。请重新拍照。</translation>
    </message>
    <message>
        <source>Long-term</source>
        <translation>长期</translation>
    </message>
    <message>
        <source>Never printed; the next attempt took a new number.</source>
        <translation>未打印；下一次打印已取新号。</translation>
    </message>
    <message>
        <source>Not printed: the certificate could not be stored.</source>
        <translation>未打印：证照无法保存。</translation>
    </message>
    <message>
        <source>The certificate could not be stored in the data file; number %1 is spoiled and nothing was printed. Try again.</source>
        <translation>证照无法保存到数据文件；编号 %1 已作废损处理，未打印任何内容。请重试。</translation>
    </message>
    <message>
        <source>Print failed: %1</source>
        <translation>打印失败：%1</translation>
    </message>
    <message>
        <source>%1
Number %2 is spoiled; the next print takes a new number.</source>
        <translation>%1
编号 %2 已作废损处理；下次打印将取新号。</translation>
    </message>
    <message>
        <source>Certificate %1</source>
        <translation>证书 %1</translation>
    </message>
    <message>
        <source>Case %1 has no printed certificate.</source>
        <translation>办件 %1 没有已打印的证照。</translation>
    </message>
    <message>
        <source>The template of certificate %1 is not installed.</source>
        <translation>证照 %1 的模板未安装。</translation>
    </message>
    <message>
        <source>Certificate %1 was printed before certificates kept what they print; it cannot be printed again.</source>
        <translation>证照 %1 打印于系统保存打印内容之前，无法再次打印。</translation>
    </message>
    <message>
        <source>The photo file of certificate %1 is missing or damaged (%2); it is never replaced by another photo. Restore the data folder's blobs from the backup.</source>
        <translation>证照 %1 的照片文件缺失或已损坏（%2）；系统绝不会用其他照片代替。请从备份恢复数据文件夹中的 blobs。</translation>
    </message>
</context>
<context>
    <name>ow::certificate::CertificatePayload</name>
    <message>
        <source>This is not a OneWindow certificate code, or it was not read completely.</source>
        <translation>这不是一窗通证照码，或未被完整读取。</translation>
    </message>
    <message>
        <source>This certificate code is of a newer kind (%1); update OneWindow to check it.</source>
        <translation>此证照码为较新的版本（%1），请升级一窗通后再核验。</translation>
    </message>
    <message>
        <source>This certificate was signed by a counter key (%1) that is not in the list of trusted keys. Update the trusted keys and check again.</source>
        <translation>此证照由不在可信密钥列表中的窗口密钥（%1）签名。请更新可信密钥后再核验。</translation>
    </message>
    <message>
        <source>The cryptography library cannot start.</source>
        <translation>密码算法库无法启动。</translation>
    </message>
    <message>
        <source>The signature does not match: this certificate code has been altered or forged.</source>
        <translation>签名不符：此证照码已被篡改或伪造。</translation>
    </message>
    <message>
        <source>The counter key %1 was not trusted for hall %2 on %3, the day this certificate was issued.</source>
        <translation>本证照签发当日（%3），窗口密钥 %1 不是大厅 %2 的可信密钥。</translation>
    </message>
    <message>
        <source>The certificate is genuine but expired on %1.</source>
        <translation>证照真实，但已于 %1 过期。</translation>
    </message>
    <message>
        <source>The certificate is genuine and valid.</source>
        <translation>证照真实且在有效期内。</translation>
    </message>
</context>
<context>
    <name>ow::certificate::CertificateTemplate</name>
    <message>
        <source>%1: unknown key %2.</source>
        <translation>%1：未知的键 %2。</translation>
    </message>
    <message>
        <source>%1: %2 is missing.</source>
        <translation>%1：缺少 %2。</translation>
    </message>
    <message>
        <source>%1: %2 must be text.</source>
        <translation>%1：%2 必须是文本。</translation>
    </message>
    <message>
        <source>%1: %2 must be a number above 0.</source>
        <translation>%1：%2 必须是大于 0 的数。</translation>
    </message>
    <message>
        <source>%1: %2 must be a number of 0 or more.</source>
        <translation>%1：%2 必须是不小于 0 的数。</translation>
    </message>
    <message>
        <source>%1: %2 must be true or false.</source>
        <translation>%1：%2 必须是 true 或 false。</translation>
    </message>
    <message>
        <source>%1: %2 must be an object.</source>
        <translation>%1：%2 必须是对象。</translation>
    </message>
    <message>
        <source>%1: %2 lies outside the %3 x %4 mm page.</source>
        <translation>%1：%2 超出了 %3 x %4 毫米的页面。</translation>
    </message>
    <message>
        <source>%1: not a JSON object (%2 at character %3).</source>
        <translation>%1：不是 JSON 对象（第 %3 个字符处%2）。</translation>
    </message>
    <message>
        <source>%1: format %2 is not supported; this program reads format %3.</source>
        <translation>%1：不支持格式 %2；本程序读取格式 %3。</translation>
    </message>
    <message>
        <source>%1: code must not be empty.</source>
        <translation>%1：code 不能为空。</translation>
    </message>
    <message>
        <source>%1: item_codes must be a list of catalog item codes.</source>
        <translation>%1：item_codes 必须是事项代码列表。</translation>
    </message>
    <message>
        <source>%1: fields must be a list.</source>
        <translation>%1：fields 必须是列表。</translation>
    </message>
    <message>
        <source>%1: %2.align must be left, center or right.</source>
        <translation>%1：%2.align 必须是 left、center 或 right。</translation>
    </message>
    <message>
        <source>%1: %2 has the unknown source %3.</source>
        <translation>%1：%2 的数据来源 %3 未知。</translation>
    </message>
    <message>
        <source>%1: %2 has the source literal but no text.</source>
        <translation>%1：%2 的来源是 literal，但没有 text。</translation>
    </message>
    <message>
        <source>%1: the field id %2 is used twice.</source>
        <translation>%1：字段 id %2 重复使用。</translation>
    </message>
    <message>
        <source>The certificate template %1 cannot be read: %2</source>
        <translation>无法读取证照模板 %1：%2</translation>
    </message>
    <message>
        <source>There is no certificate template %1. Templates: %2.</source>
        <translation>没有证照模板 %1。现有模板：%2。</translation>
    </message>
    <message>
        <source>The district sent a certificate template with the unusable code %1.</source>
        <translation>区级下发的证照模板代码 %1 无法使用。</translation>
    </message>
    <message>
        <source>%1: the template's code %2 is not the code it was sent as.</source>
        <translation>%1：模板代码 %2 与下发时的代码不一致。</translation>
    </message>
    <message>
        <source>The certificate template %1 could not be saved: %2</source>
        <translation>证照模板 %1 无法保存：%2</translation>
    </message>
</context>
<context>
    <name>ow::certificate::CounterKey</name>
    <message>
        <source>The cryptography library cannot start.</source>
        <translation>密码算法库无法启动。</translation>
    </message>
    <message>
        <source>The counter's signing key in the system keyring is damaged. Ask IT staff to remove it and enroll the counter again.</source>
        <translation>系统密钥环中本窗口的签名密钥已损坏。请联系信息技术人员删除该密钥并重新登记本窗口。</translation>
    </message>
</context>
<context>
    <name>ow::certificate::DevicePrinter</name>
    <message>
        <source>The printer %1 did not print. Check that it is on, has card stock and is not jammed.</source>
        <translation>打印机 %1 未能打印。请检查是否开机、是否有卡片、是否卡纸。</translation>
    </message>
</context>
<context>
    <name>ow::certificate::NumberService</name>
    <message>
        <source>Name the certificate template the numbers are for.</source>
        <translation>请指定编号所属的证书模板。</translation>
    </message>
    <message>
        <source>A block runs from a number to a number not smaller than it (got %1 to %2).</source>
        <translation>编号段的终止号不能小于起始号（输入为 %1 至 %2）。</translation>
    </message>
    <message>
        <source>The width of a number is 0 to %1 digits.</source>
        <translation>编号位数为 0 至 %1 位。</translation>
    </message>
    <message>
        <source>Numbers %1 to %2 overlap block %3 to %4 of template %5 (block %6); a number is never given twice.</source>
        <translation>编号 %1 至 %2 与模板 %5 的编号段 %3 至 %4（编号段 %6）重叠；同一编号不能发放两次。</translation>
    </message>
    <message>
        <source>The number block could not be saved; try again.</source>
        <translation>编号段未能保存，请重试。</translation>
    </message>
    <message>
        <source>The data file is busy; try again.</source>
        <translation>数据文件正忙，请重试。</translation>
    </message>
    <message>
        <source>No numbers left for template %1; add a block.</source>
        <translation>模板 %1 已无可用编号，请添加编号段。</translation>
    </message>
    <message>
        <source>No number could be taken for template %1; the case may be missing. Nothing was printed.</source>
        <translation>未能为模板 %1 领取编号，办件可能不存在。未打印任何内容。</translation>
    </message>
    <message>
        <source>There is no such certificate number at this counter.</source>
        <translation>本窗口没有该证书编号。</translation>
    </message>
    <message>
        <source>reserved</source>
        <translation>已领取</translation>
    </message>
    <message>
        <source>printed</source>
        <translation>已打印</translation>
    </message>
    <message>
        <source>spoiled</source>
        <translation>已损耗</translation>
    </message>
    <message>
        <source>voided</source>
        <translation>已作废</translation>
    </message>
    <message>
        <source>returned</source>
        <translation>已退回</translation>
    </message>
    <message>
        <source>Number %1 is %2 already; it cannot change like this.</source>
        <translation>编号 %1 已是%2状态，不能这样变更。</translation>
    </message>
    <message>
        <source>Number %1 changed meanwhile or could not be saved; look it up again.</source>
        <translation>编号 %1 已被修改或未能保存，请重新查询。</translation>
    </message>
    <message>
        <source>Give the reason for the reprint; it is kept with the number.</source>
        <translation>请填写补打原因；原因随编号留存。</translation>
    </message>
    <message>
        <source>A reprint must be approved by a supervisor or an admin.</source>
        <translation>补打须由主管或管理员审批。</translation>
    </message>
    <message>
        <source>Give the reason for voiding the number; it is kept with the number.</source>
        <translation>请填写作废原因；原因随编号留存。</translation>
    </message>
    <message>
        <source>Voiding a number must be approved by a supervisor or an admin.</source>
        <translation>作废编号须由主管或管理员审批。</translation>
    </message>
    <message>
        <source>The numbers of template %1 could not be returned; try again.</source>
        <translation>模板 %1 的编号未能退回，请重试。</translation>
    </message>
</context>
<context>
    <name>ow::certificate::PrinterCalibration</name>
    <message>
        <source>Choose the printer the offsets are for.</source>
        <translation>请选择这些偏移量所属的打印机。</translation>
    </message>
    <message>
        <source>An offset is at most %1 mm either way; check the card stock's position in the tray.</source>
        <translation>偏移量每个方向最多 %1 毫米；请检查卡片在进纸盒中的位置。</translation>
    </message>
    <message>
        <source>The printer's offsets could not be saved to the data file.</source>
        <translation>打印机偏移量无法保存到数据文件。</translation>
    </message>
    <message>
        <source>Offset x %1 mm, y %2 mm</source>
        <translation>偏移 x %1 毫米，y %2 毫米</translation>
    </message>
</context>
<context>
    <name>ow::certificate::SupervisorApproval</name>
    <message>
        <source>%1 is not a supervisor; a supervisor or an admin must approve this.</source>
        <translation>%1 不是主管；须由主管或管理员审批。</translation>
    </message>
</context>
<context>
    <name>ow::certificate::TrustedKeys</name>
    <message>
        <source>The trusted keys file %1 cannot be read: %2.</source>
        <translation>无法读取可信密钥文件 %1：%2。</translation>
    </message>
    <message>
        <source>The trusted keys file %1 is damaged: %2</source>
        <translation>可信密钥文件 %1 已损坏：%2</translation>
    </message>
    <message>
        <source>it is not valid JSON (%1 at byte %2).</source>
        <translation>不是有效的 JSON（第 %2 字节处：%1）。</translation>
    </message>
    <message>
        <source>it must be a list of keys.</source>
        <translation>内容必须是密钥列表。</translation>
    </message>
    <message>
        <source>entry %1</source>
        <translation>第 %1 项</translation>
    </message>
    <message>
        <source>%1 is not an object.</source>
        <translation>%1不是对象。</translation>
    </message>
    <message>
        <source>%1 has no valid public_key (32 bytes in base64).</source>
        <translation>%1没有有效的 public_key（32 字节，base64 编码）。</translation>
    </message>
    <message>
        <source>%1: key_id %2 does not belong to its public_key.</source>
        <translation>%1：key_id %2 与其 public_key 不对应。</translation>
    </message>
    <message>
        <source>%1 has a validity date that is not YYYY-MM-DD.</source>
        <translation>%1的有效期日期不是 YYYY-MM-DD 格式。</translation>
    </message>
    <message>
        <source>%1 ends before it starts.</source>
        <translation>%1的有效期结束早于开始。</translation>
    </message>
</context>
<context>
    <name>ow::cli::Cli</name>
    <message>
        <source>Password: </source>
        <translation>密码：</translation>
    </message>
    <message>
        <source>Password again: </source>
        <translation>再次输入密码：</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
    <message>
        <source>Standard input cannot be read.</source>
        <translation>无法读取标准输入。</translation>
    </message>
    <message>
        <source>clerk add needs --%1.</source>
        <translation>clerk add 需要 --%1 参数。</translation>
    </message>
    <message>
        <source>The role must be clerk, supervisor or admin.</source>
        <translation>角色须为 clerk（窗口人员）、supervisor（主管）或 admin（管理员）。</translation>
    </message>
    <message>
        <source>Clerk %1 (%2) added as %3.</source>
        <translation>已添加工作人员 %1（%2），角色：%3。</translation>
    </message>
    <message>
        <source>No clerks yet. Add one with: onewindow-cli clerk add --login L --name N --role admin</source>
        <translation>尚无工作人员。可用以下命令添加：onewindow-cli clerk add --login 登录名 --name 姓名 --role admin</translation>
    </message>
    <message>
        <source>active</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>%1 needs a value.</source>
        <translation>%1 需要一个值。</translation>
    </message>
    <message>
        <source>Unknown command %1.</source>
        <translation>未知命令 %1。</translation>
    </message>
    <message>
        <source>%1 takes one of: %2.</source>
        <translation>%1 可用的子命令：%2。</translation>
    </message>
    <message>
        <source>There is no data file at %1.</source>
        <translation>%1 没有数据文件。</translation>
    </message>
    <message>
        <source>ok: %1 is intact, schema version %2 (this program: %3)</source>
        <translation>正常：%1 完好，结构版本 %2（本程序：%3）</translation>
    </message>
    <message>
        <source>db backup takes one FILE to write the backup to.</source>
        <translation>db backup 需要一个备份文件名 FILE。</translation>
    </message>
    <message>
        <source>Backup written to %1 and checked.</source>
        <translation>备份已写入 %1 并通过校验。</translation>
    </message>
    <message>
        <source>hall set needs --%1.</source>
        <translation>hall set 需要 --%1 参数。</translation>
    </message>
    <message>
        <source>The counter number must be between 1 and 999.</source>
        <translation>窗口编号必须在 1 到 999 之间。</translation>
    </message>
    <message>
        <source>This PC is counter %1 of %2 (%3).</source>
        <translation>本机为%2（%3）%1 号窗口。</translation>
    </message>
    <message>
        <source>This PC is not set up as a counter yet: onewindow-cli hall set --code C --name N --counter N</source>
        <translation>本机尚未设置为受理窗口：onewindow-cli hall set --code 编码 --name 名称 --counter 窗口号</translation>
    </message>
    <message>
        <source>idcard read needs --port, the reader's serial device (for example /dev/ttyUSB0).</source>
        <translation>idcard read 需要 --port 参数，即读卡器的串口设备（例如 /dev/ttyUSB0）。</translation>
    </message>
    <message>
        <source>--baud takes a rate such as 115200, or auto.</source>
        <translation>--baud 须为波特率（如 115200）或 auto。</translation>
    </message>
    <message>
        <source>--timeout-ms takes a positive number of milliseconds.</source>
        <translation>--timeout-ms 须为正整数毫秒数。</translation>
    </message>
    <message>
        <source>idcard check takes one ID number.</source>
        <translation>idcard check 需要一个身份证号码。</translation>
    </message>
    <message>
        <source>--date takes a date of the form YYYY-MM-DD.</source>
        <translation>--date 须为 YYYY-MM-DD 格式的日期。</translation>
    </message>
    <message>
        <source>calendar import takes one FILE.</source>
        <translation>calendar import 需要一个文件 FILE。</translation>
    </message>
    <message>
        <source>Imported the working-day calendar of %1.</source>
        <translation>已导入 %1 年的工作日历。</translation>
    </message>
    <message>
        <source>There is no clerk %1.</source>
        <translation>没有工作人员 %1。</translation>
    </message>
    <message>
        <source>case create needs --item and one of --card FILE or --id-number N.</source>
        <translation>case create 需要 --item，以及 --card FILE 或 --id-number N 之一。</translation>
    </message>
    <message>
        <source>Give one --due per --missing material, in the same order.</source>
        <translation>每个 --missing 材料对应一个 --due，顺序一致。</translation>
    </message>
    <message>
        <source>There is no item %1 in the catalog; see onewindow-cli catalog list.</source>
        <translation>事项目录中没有事项 %1；请查看 onewindow-cli catalog list。</translation>
    </message>
    <message>
        <source>The card file %1 cannot be read: %2</source>
        <translation>无法读取证件文件 %1：%2</translation>
    </message>
    <message>
        <source>The card file %1 is not a card: %2</source>
        <translation>证件文件 %1 不是有效的证件信息：%2</translation>
    </message>
    <message>
        <source>%1 is not known at this counter yet: give the card with --card FILE.</source>
        <translation>本窗口尚无 %1 的信息：请用 --card FILE 提供证件信息。</translation>
    </message>
    <message>
        <source>--field takes KEY=VALUE, not %1.</source>
        <translation>--field 须为 KEY=VALUE 形式，而不是 %1。</translation>
    </message>
    <message>
        <source>%1 has no field %2.</source>
        <translation>%1 没有字段 %2。</translation>
    </message>
    <message>
        <source>--due takes a date of the form YYYY-MM-DD.</source>
        <translation>--due 须为 YYYY-MM-DD 格式的日期。</translation>
    </message>
    <message>
        <source>%1 has no material %2.</source>
        <translation>%1 没有材料 %2。</translation>
    </message>
    <message>
        <source>Unknown state %1; states are received, in_review, approved, rejected, ready, collected, delivered, closed, issued.</source>
        <translation>未知状态 %1；可用状态：received、in_review、approved、rejected、ready、collected、delivered、closed、issued。</translation>
    </message>
    <message>
        <source>case show takes one case number.</source>
        <translation>case show 需要一个办件编号。</translation>
    </message>
    <message>
        <source>There is no case %1 at this counter.</source>
        <translation>本窗口没有办件 %1。</translation>
    </message>
    <message>
        <source>case set-state takes a case number and a state (received, in_review, approved, rejected, ready, collected, delivered, closed, issued).</source>
        <translation>case set-state 需要办件编号和状态（received、in_review、approved、rejected、ready、collected、delivered、closed、issued）。</translation>
    </message>
    <message>
        <source>Case %1 is now %2.</source>
        <translation>办件 %1 现为%2。</translation>
    </message>
    <message>
        <source>case receipt takes a case number and --pdf FILE.</source>
        <translation>case receipt 需要办件编号和 --pdf FILE。</translation>
    </message>
    <message>
        <source>Receipt written to %1.</source>
        <translation>受理回执已写入 %1。</translation>
    </message>
    <message>
        <source>case notice needs --item, --id-number, --missing MATERIAL (one or more) and --pdf FILE.</source>
        <translation>case notice 需要 --item、--id-number、--missing MATERIAL（一个或多个）和 --pdf FILE。</translation>
    </message>
    <message>
        <source>One-time notice %1 written to %2.</source>
        <translation>一次性告知单 %1 已写入 %2。</translation>
    </message>
    <message>
        <source>on the spot</source>
        <translation>当场办结</translation>
    </message>
    <message>
        <source>1 working day</source>
        <translation>1 个工作日</translation>
    </message>
    <message>
        <source>%1 working days</source>
        <translation>%1 个工作日</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Time limit</source>
        <translation>办结时限</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>catalog import takes one PATH: a catalog folder or a catalog file.</source>
        <translation>catalog import 需要一个 PATH：事项目录文件夹或事项目录文件。</translation>
    </message>
    <message>
        <source>Nothing was imported; the catalog in use is unchanged.</source>
        <translation>未导入任何内容，当前使用的事项目录保持不变。</translation>
    </message>
    <message>
        <source>1 item</source>
        <translation>1 个事项</translation>
    </message>
    <message>
        <source>%1 items</source>
        <translation>%1 个事项</translation>
    </message>
    <message>
        <source>1 bundle</source>
        <translation>1 个“一件事”</translation>
    </message>
    <message>
        <source>%1 bundles</source>
        <translation>%1 个“一件事”</translation>
    </message>
    <message>
        <source>Imported %1 and %2.</source>
        <translation>已导入 %1 和 %2。</translation>
    </message>
    <message>
        <source>catalog search takes the TEXT to find.</source>
        <translation>catalog search 需要要查找的 TEXT。</translation>
    </message>
    <message>
        <source>catalog list takes no operands.</source>
        <translation>catalog list 不接受操作数。</translation>
    </message>
    <message>
        <source>--limit takes a number of at least 1.</source>
        <translation>--limit 须为不小于 1 的数字。</translation>
    </message>
    <message>
        <source>No item matches %1.</source>
        <translation>没有与“%1”匹配的事项。</translation>
    </message>
    <message>
        <source>The catalog is empty.</source>
        <translation>事项目录为空。</translation>
    </message>
    <message>
        <source>A new signing key was made for this counter and kept in the system keyring.</source>
        <translation>已为本窗口生成新的签名密钥，并保存在系统密钥环中。</translation>
    </message>
    <message>
        <source>Key id: %1</source>
        <translation>密钥编号：%1</translation>
    </message>
    <message>
        <source>Public key: %1</source>
        <translation>公钥：%1</translation>
    </message>
    <message>
        <source>certificate sign needs --%1.</source>
        <translation>certificate sign 需要 --%1。</translation>
    </message>
    <message>
        <source>Dates are written YYYY-MM-DD; --valid-to also takes long-term.</source>
        <translation>日期格式为 YYYY-MM-DD；--valid-to 也可以是 long-term。</translation>
    </message>
    <message>
        <source>The certificate would expire before it is issued.</source>
        <translation>证照的有效期将早于签发日期结束。</translation>
    </message>
    <message>
        <source>certificate verify takes one payload (quote it: it contains |).</source>
        <translation>certificate verify 需要一个二维码内容（请加引号：其中含有 |）。</translation>
    </message>
    <message>
        <source>Supervisor's password: </source>
        <translation>主管密码：</translation>
    </message>
    <message>
        <source>numbers add-block needs --%1.</source>
        <translation>numbers add-block 需要 --%1。</translation>
    </message>
    <message>
        <source>--from, --to and --width take whole numbers.</source>
        <translation>--from、--to 和 --width 须为整数。</translation>
    </message>
    <message>
        <source>Block %1 to %2 added for template %3.</source>
        <translation>已为模板 %3 添加编号段 %1 至 %2。</translation>
    </message>
    <message>
        <source>No number blocks yet. Add one with: onewindow-cli numbers add-block --template T --from A --to B</source>
        <translation>尚无编号段。添加方法：onewindow-cli numbers add-block --template T --from A --to B</translation>
    </message>
    <message>
        <source>%1 %2-%3: %4 printed, %5 spoiled, %6 voided, %7 reserved, %8 returned, %9 remaining</source>
        <translation>%1 %2-%3：已打印 %4，已损耗 %5，已作废 %6，已领取 %7，已退回 %8，剩余 %9</translation>
    </message>
    <message>
        <source>numbers take needs --%1.</source>
        <translation>numbers take 需要 --%1。</translation>
    </message>
    <message>
        <source>Usage: numbers %1 NUMBER --template T --reason TEXT [--supervisor LOGIN]</source>
        <translation>用法：numbers %1 编号 --template T --reason 原因 [--supervisor 登录名]</translation>
    </message>
    <message>
        <source>numbers void needs --supervisor: a supervisor or an admin approves it.</source>
        <translation>numbers void 需要 --supervisor：须由主管或管理员审批。</translation>
    </message>
    <message>
        <source>Number %1 of template %2 was never taken at this counter.</source>
        <translation>本窗口从未领取过模板 %2 的编号 %1。</translation>
    </message>
    <message>
        <source>Number %1 voided.</source>
        <translation>编号 %1 已作废。</translation>
    </message>
    <message>
        <source>Number %1 spoiled; the next print takes a new number.</source>
        <translation>编号 %1 已记为损耗；下次打印将使用新编号。</translation>
    </message>
    <message>
        <source>numbers from series %1, %2 digits</source>
        <translation>编号取自号段 %1，%2 位</translation>
    </message>
    <message>
        <source>number from the form</source>
        <translation>编号取自表单</translation>
    </message>
    <message>
        <source>The data file %1 cannot be read: %2</source>
        <translation>无法读取数据文件 %1：%2</translation>
    </message>
    <message>
        <source>The data file %1 is not a JSON object: %2</source>
        <translation>数据文件 %1 不是 JSON 对象：%2</translation>
    </message>
    <message>
        <source>The data file %1 has the unknown key %2; it takes values, photo and qr.</source>
        <translation>数据文件 %1 含有未知的键 %2；只接受 values、photo 和 qr。</translation>
    </message>
    <message>
        <source>The data file %1 needs values: an object of texts by source, such as citizen.name.</source>
        <translation>数据文件 %1 需要 values：按数据来源（如 citizen.name）给出文本的对象。</translation>
    </message>
    <message>
        <source>The data file %1: the value of %2 must be text.</source>
        <translation>数据文件 %1：%2 的值必须是文本。</translation>
    </message>
    <message>
        <source>The photo %1 cannot be read: %2</source>
        <translation>无法读取照片 %1：%2</translation>
    </message>
    <message>
        <source>certificate render needs --%1.</source>
        <translation>certificate render 需要 --%1。</translation>
    </message>
    <message>
        <source>No value for %1 (field %2); it stays empty.</source>
        <translation>%1（字段 %2）没有值，将留空。</translation>
    </message>
    <message numerus="yes">
        <source>ok: the audit chain holds over %n row(s).</source>
        <translation><numerusform>正常：审计链完整，共 %n 条记录。</numerusform></translation>
    </message>
    <message>
        <source>The audit chain is broken at row %1 (%2): %3</source>
        <translation>审计链在第 %1 条记录（%2）处断裂：%3</translation>
    </message>
    <message>
        <source>  db check [--json]                 check the data file: integrity and schema version
  db backup FILE                    write a consistent copy of the data file
</source>
        <translation>  db check [--json]                 检查数据文件：完整性和结构版本
  db backup FILE                    写出数据文件的一致性备份
</translation>
    </message>
    <message>
        <source>  clerk add --login L --name N --role clerk|supervisor|admin
                                    add a clerk; the password is read from standard input
  clerk list [--json]               list the clerks of this counter
</source>
        <translation>  clerk add --login L --name N --role clerk|supervisor|admin
                                    添加工作人员；密码从标准输入读取
  clerk list [--json]               列出本窗口的工作人员
</translation>
    </message>
    <message>
        <source>  hall set --code C --name N --counter N [--address A] [--phone P] [--hours H]
                                    set which hall and counter this PC is
  hall show [--json]                show the hall and counter
</source>
        <translation>  hall set --code C --name N --counter N [--address A] [--phone P] [--hours H]
                                    设置本机所属大厅和窗口号
  hall show [--json]                显示大厅和窗口
</translation>
    </message>
    <message>
        <source>  idcard read --port DEVICE [--baud N|auto] [--timeout-ms N]
                                    read one ID card and print it as JSON; exit 3 no card,
                                    4 reader missing or silent, 5 protocol error
  idcard check NUMBER [--date YYYY-MM-DD]
                                    check an ID number; exit 0 valid, 1 not valid
</source>
        <translation>  idcard read --port DEVICE [--baud N|auto] [--timeout-ms N]
                                    读取一张身份证并以 JSON 输出；退出码 3 无卡，
                                    4 读卡器未连接或无应答，5 通信协议错误
  idcard check NUMBER [--date YYYY-MM-DD]
                                    校验身份证号码；退出码 0 有效，1 无效
</translation>
    </message>
    <message>
        <source>  catalog import PATH               check a catalog folder or district file and import it,
                                    all or nothing (every mistake is listed)
  catalog list [--json]             list the items of the catalog
  catalog search TEXT [--json]      find items by name, keyword, category or department
</source>
        <translation>  catalog import PATH               校验并导入事项目录文件夹或区级下发文件，
                                    全部导入或不导入（列出所有错误）
  catalog list [--json]             列出目录中的事项
  catalog search TEXT [--json]      按名称、关键词、类别或部门查找事项
</translation>
    </message>
    <message>
        <source>  calendar import FILE              import announced holiday years (checked whole)
  calendar list [--json]            the years the working-day calendar covers
</source>
        <translation>  calendar import FILE              导入已公布的节假日年度（整体校验）
  calendar list [--json]            工作日历覆盖的年度
</translation>
    </message>
    <message>
        <source>  numbers add-block --template T --from A --to B [--prefix P] [--width W]
                                    add a local block of certificate numbers (admin);
                                    exit 1 when it overlaps a block of the template
  numbers report [--template T] [--json]
                                    how every number of each block ended up
  numbers take --template T --case NUMBER
                                    take the next number for a case; prints it as JSON
  numbers spoil NUMBER --template T [--reason TEXT]
                                    a failed print: the number is spent, never reused
  numbers void NUMBER --template T --reason TEXT --supervisor LOGIN
                                    void a number; the supervisor's password is read from
                                    standard input
</source>
        <translation>  numbers add-block --template T --from A --to B [--prefix P] [--width W]
                                    添加本地证书编号段（管理员）；
                                    与该模板已有编号段重叠时退出码 1
  numbers report [--template T] [--json]
                                    各编号段每个编号的去向
  numbers take --template T --case NUMBER
                                    为办件领取下一个编号；以 JSON 输出
  numbers spoil NUMBER --template T [--reason TEXT]
                                    打印失败：编号作废损耗，永不重用
  numbers void NUMBER --template T --reason TEXT --supervisor LOGIN
                                    作废编号；主管密码从标准输入
                                    读取
</translation>
    </message>
    <message>
        <source>  audit verify [--json]             check the hash chain of the audit log; exit 0 when it holds,
                                    1 naming the first broken row
</source>
        <translation>  audit verify [--json]             校验审计日志的哈希链；完整时退出码 0，
                                    否则退出码 1 并指出第一条断裂的记录
</translation>
    </message>
    <message>
        <source>Usage: onewindow-cli [--data-dir DIR] [--lang en|zh_CN] COMMAND [OPTIONS]

Commands:
</source>
        <translation>用法：onewindow-cli [--data-dir 目录] [--lang en|zh_CN] 命令 [选项]

命令：
</translation>
    </message>
    <message>
        <source>
Options:
  --data-dir DIR   the counter's data folder (default: the user's application data folder)
  --lang LANG      language of messages: en or zh_CN
  --version        print the version
  -h, --help       print this help
</source>
        <translation>
选项：
  --data-dir DIR   本窗口的数据文件夹（默认：用户的应用数据文件夹）
  --lang LANG      提示语言：en 或 zh_CN
  --version        显示版本
  -h, --help       显示本帮助
</translation>
    </message>
    <message>
        <source>case issue takes one case number.</source>
        <translation>case issue 需要一个办件编号。</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>The folder of %1 does not exist; nothing was issued.</source>
        <translation>%1 所在的文件夹不存在；未发证。</translation>
    </message>
    <message>
        <source>certificate render --case NUMBER takes --pdf FILE and no template or data file.</source>
        <translation>certificate render --case NUMBER 需要 --pdf FILE，不能同时指定模板或数据文件。</translation>
    </message>
    <message>
        <source>Certificate of case %1 written to %2.</source>
        <translation>办件 %1 的证照已写入 %2。</translation>
    </message>
    <message>
        <source>certificate payload needs --case NUMBER.</source>
        <translation>certificate payload 需要 --case NUMBER。</translation>
    </message>
    <message>
        <source>certificate %1 needs --%2.</source>
        <translation>certificate %1 需要 --%2。</translation>
    </message>
    <message>
        <source>certificate %1 needs --reason: the reason is kept with the number.</source>
        <translation>certificate %1 需要 --reason：原因将与编号一并留存。</translation>
    </message>
    <message>
        <source>Certificate %1 of case %2 reprinted to %3.</source>
        <translation>办件 %2 的证照 %1 已补打到 %3。</translation>
    </message>
    <message>
        <source>Certificate %1 of case %2 voided.</source>
        <translation>办件 %2 的证照 %1 已作废。</translation>
    </message>
    <message>
        <source>  case create --item CODE (--card FILE | --id-number N) [--field KEY=VALUE ...]
              [--missing MATERIAL [--due YYYY-MM-DD] ...] [--commitment MATERIAL ...]
              [--channel pickup|delivery|courier] [--address A] [--date YYYY-MM-DD]
                                    take a case; prints it as JSON, exit 1 when refused
  case list [--state S] [--json]    cases, newest first
  case show NUMBER [--json]         one case with materials and history
  case set-state NUMBER STATE [--note TEXT]
                                    move a case along its allowed states
  case receipt NUMBER --pdf FILE    the acceptance receipt as PDF
  case notice --item CODE --id-number N --missing MATERIAL... --pdf FILE
                                    the one-time notice of missing materials as PDF
  case issue NUMBER [--photo FILE] [--pdf FILE] [--clerk LOGIN]
                                    issue an instant case's certificate: take a number, sign
                                    the QR code, print to the PDF (default: certificates/ in
                                    the data folder); prints number and payload as JSON
</source>
        <translation>  case create --item CODE (--card FILE | --id-number N) [--field KEY=VALUE ...]
              [--missing MATERIAL [--due YYYY-MM-DD] ...] [--commitment MATERIAL ...]
              [--channel pickup|delivery|courier] [--address A] [--date YYYY-MM-DD]
                                    受理办件；以 JSON 输出，不予受理时退出码 1
  case list [--state S] [--json]    办件列表，最新在前
  case show NUMBER [--json]         单个办件及其材料和办理记录
  case set-state NUMBER STATE [--note TEXT]
                                    按允许的流程变更办件状态
  case receipt NUMBER --pdf FILE    以 PDF 输出受理回执
  case notice --item CODE --id-number N --missing MATERIAL... --pdf FILE
                                    以 PDF 输出缺件一次性告知单
  case issue NUMBER [--photo FILE] [--pdf FILE] [--clerk LOGIN]
                                    即办件当场发证：取号、签名二维码、打印到 PDF（默认：
                                    数据文件夹中的 certificates/）；以 JSON 输出证号和
                                    二维码内容
</translation>
    </message>
    <message>
        <source>  certificate key [--json]          this counter's signing key (made on first use, kept in the
                                    system keyring); --json prints it as a trusted-keys file
  certificate sign --type T --number N --name NAME --id-number ID --issued YYYY-MM-DD
                   --valid-to YYYY-MM-DD|long-term --hall H
                                    print the signed QR payload of a certificate
  certificate verify PAYLOAD [--keys FILE]
                                    check a QR payload offline against trusted keys (default:
                                    trusted-keys.json in the data folder); prints JSON,
                                    exit 0 valid, 1 not
  certificate templates [--json]    the certificate templates: code, name, items, numbering
  certificate render --template T --data FILE --pdf FILE
                                    a certificate as PDF from a template (a code or a .json
                                    file) and a data file {values, photo, qr}
  certificate render --case NUMBER --pdf FILE
                                    the case's printed certificate again, as it first printed
                                    (a copy for the file: no new number, no reprint)
  certificate payload --case NUMBER the signed QR text of the case's certificate
  certificate reprint --case NUMBER --reason TEXT --supervisor LOGIN --pdf FILE
                                    print it again on the same number; the supervisor's
                                    password is read from standard input
  certificate void --case NUMBER --reason TEXT --supervisor LOGIN
                                    void the case's certificate number (password as above)
</source>
        <translation>  certificate key [--json]          本窗口的签名密钥（首次使用时生成，保存在系统密钥环中）；
                                    --json 以可信密钥文件格式输出
  certificate sign --type T --number N --name NAME --id-number ID --issued YYYY-MM-DD
                   --valid-to YYYY-MM-DD|long-term --hall H
                                    输出证照二维码的签名内容
  certificate verify PAYLOAD [--keys FILE]
                                    离线用可信密钥核验二维码内容（默认：数据文件夹中的
                                    trusted-keys.json）；以 JSON 输出，有效退出码 0，无效 1
  certificate templates [--json]    列出证照模板：代码、名称、事项、编号方式
  certificate render --template T --data FILE --pdf FILE
                                    按模板（代码或 .json 文件）和数据文件
                                    {values, photo, qr} 生成证照 PDF
  certificate render --case NUMBER --pdf FILE
                                    按首次打印的样子再次输出该办件已打印的证照
                                    （存档副本：不取新号，不算补打）
  certificate payload --case NUMBER 输出该办件证照二维码的签名内容
  certificate reprint --case NUMBER --reason TEXT --supervisor LOGIN --pdf FILE
                                    以原证号补打；从标准输入读取主管密码
  certificate void --case NUMBER --reason TEXT --supervisor LOGIN
                                    作废该办件的证照编号（密码读取方式同上）
</translation>
    </message>
    <message>
        <source>The key file %1 cannot be read.</source>
        <translation>无法读取密钥文件 %1。</translation>
    </message>
    <message>
        <source>Hall key: </source>
        <translation>大厅密钥：</translation>
    </message>
    <message>
        <source>The hall key must have at least 8 characters.</source>
        <translation>大厅密钥至少需要 8 个字符。</translation>
    </message>
    <message>
        <source>queue host needs --listen HOST:PORT and --db FILE.</source>
        <translation>queue host 需要 --listen HOST:PORT 和 --db FILE。</translation>
    </message>
    <message>
        <source>--listen takes an address and a port, such as 0.0.0.0:7700.</source>
        <translation>--listen 需要地址和端口，例如 0.0.0.0:7700。</translation>
    </message>
    <message>
        <source>--max-priority-in-row takes a number, 0 for no limit.</source>
        <translation>--max-priority-in-row 需要一个数字，0 表示不限。</translation>
    </message>
    <message>
        <source>--noshow-delay takes a number of seconds.</source>
        <translation>--noshow-delay 需要秒数。</translation>
    </message>
    <message>
        <source>The hall host cannot watch for signals.</source>
        <translation>叫号主机无法监听系统信号。</translation>
    </message>
    <message>
        <source>The hall host listens on ws://%1:%2 with the queue file %3.</source>
        <translation>叫号主机在 ws://%1:%2 上监听，排队数据文件为 %3。</translation>
    </message>
    <message>
        <source>The hall host stopped.</source>
        <translation>叫号主机已停止。</translation>
    </message>
    <message>
        <source>Say which hall host with --host ws://HOST:PORT.</source>
        <translation>请用 --host ws://HOST:PORT 指定叫号主机。</translation>
    </message>
    <message>
        <source>queue %1 needs --counter N (1 to 999).</source>
        <translation>queue %1 需要 --counter N（1 到 999）。</translation>
    </message>
    <message>
        <source>queue ticket needs --category C.</source>
        <translation>queue ticket 需要 --category C。</translation>
    </message>
    <message>
        <source>--appointment takes a time (HH:MM) or a date and time (ISO 8601).</source>
        <translation>--appointment 需要时间（HH:MM）或日期时间（ISO 8601）。</translation>
    </message>
    <message>
        <source>--rating takes 1 (very dissatisfied) to 5 (very satisfied).</source>
        <translation>--rating 取 1（非常不满意）到 5（非常满意）。</translation>
    </message>
    <message>
        <source>queue transfer needs either --to-category C or --to-counter N.</source>
        <translation>queue transfer 需要 --to-category C 或 --to-counter N 之一。</translation>
    </message>
    <message>
        <source>Waiting: %1</source>
        <translation>等候：%1</translation>
    </message>
    <message>
        <source>  %1 %2: %3 waiting</source>
        <translation>  %1 %2：%3 人等候</translation>
    </message>
    <message>
        <source>  counter %1: %2%3</source>
        <translation>  %1 号窗口：%2%3</translation>
    </message>
    <message>
        <source>free</source>
        <translation>空闲</translation>
    </message>
    <message>
        <source> (paused)</source>
        <translation>（暂停）</translation>
    </message>
    <message>
        <source>Counter %1 is paused.</source>
        <translation>%1 号窗口已暂停。</translation>
    </message>
    <message>
        <source>Counter %1 calls again.</source>
        <translation>%1 号窗口恢复叫号。</translation>
    </message>
    <message>
        <source>  sync enroll --server URL --code C register this counter with the district; the token is
                                    kept in the system keyring
  sync now [--server URL]           push and pull once and print a JSON summary; exit 0 all
                                    acknowledged, 6 server out of reach, 7 records rejected
                                    or in conflict
  sync status [--json]              what waits, what was refused, the last good sync
  sync problems [--json]            records the district rejected or that conflict
</source>
        <translation>  sync enroll --server URL --code C 向区级服务器注册本窗口；令牌保存在系统
                                    密钥环中
  sync now [--server URL]           推送并拉取一次，输出 JSON 摘要；退出码 0 全部
                                    已确认，6 无法连接服务器，7 有记录被拒绝
                                    或存在冲突
  sync status [--json]              待同步、被拒绝的内容和上次成功同步时间
  sync problems [--json]            被区级拒绝或存在冲突的记录
</translation>
    </message>
    <message>
        <source>sync enroll needs --server URL and --code C.</source>
        <translation>sync enroll 需要 --server URL 和 --code C。</translation>
    </message>
    <message>
        <source>Enrolled with %1 as device %2 of hall %3 (%4).</source>
        <translation>已在 %1 注册，设备 %2，所属大厅 %3（%4）。</translation>
    </message>
    <message>
        <source>This counter is not enrolled with a district server; run onewindow-cli sync enroll first.</source>
        <translation>本窗口尚未在区级服务器注册；请先运行 onewindow-cli sync enroll。</translation>
    </message>
    <message>
        <source>The district access token is missing from the system keyring; enrol this counter again.</source>
        <translation>系统密钥环中缺少区级访问令牌；请重新注册本窗口。</translation>
    </message>
    <message>
        <source>Some records were rejected by the district or conflict with its data; see onewindow-cli sync problems.</source>
        <translation>部分记录被区级拒绝或与区级数据冲突；请查看 onewindow-cli sync problems。</translation>
    </message>
    <message>
        <source>The sync queue in the data file cannot be read.</source>
        <translation>无法读取数据文件中的同步队列。</translation>
    </message>
    <message>
        <source>Enrolled with %1 (hall %2).</source>
        <translation>已在 %1 注册（大厅 %2）。</translation>
    </message>
    <message>
        <source>Not enrolled with a district server.</source>
        <translation>尚未在区级服务器注册。</translation>
    </message>
    <message>
        <source>Waiting: %1 records, %2 photos and scans.</source>
        <translation>待同步：%1 条记录，%2 张照片和扫描件。</translation>
    </message>
    <message>
        <source>Rejected: %1, conflicts: %2.</source>
        <translation>被拒绝：%1，冲突：%2。</translation>
    </message>
    <message>
        <source>Last successful sync: %1.</source>
        <translation>上次成功同步：%1。</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <source>--date must be a date like 2026-11-24.</source>
        <translation>--date 必须是形如 2026-11-24 的日期。</translation>
    </message>
    <message>
        <source>No appointments on %1.</source>
        <translation>%1 没有预约。</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>booked</source>
        <translation>已预约</translation>
    </message>
    <message>
        <source>  appointment list [--date YYYY-MM-DD] [--json]
                                    the day's appointments of this hall (default: today)
</source>
        <translation>  appointment list [--date YYYY-MM-DD] [--json]
                                    本大厅当天的预约（默认：今天）
</translation>
    </message>
    <message>
        <source>queue appointments needs --file FILE with a JSON list of appointments.</source>
        <translation>queue appointments 需要 --file FILE，文件内为 JSON 预约列表。</translation>
    </message>
    <message>
        <source>The file %1 cannot be read.</source>
        <translation>无法读取文件 %1。</translation>
    </message>
    <message>
        <source>%1 must hold a JSON list of appointments [{uuid, id_number, slot_start, ...}].</source>
        <translation>%1 必须是 JSON 预约列表 [{uuid, id_number, slot_start, ...}]。</translation>
    </message>
    <message numerus="yes">
        <source>%n appointment(s) stored at the hall host.</source>
        <translation><numerusform>已在叫号主机存入 %n 条预约。</numerusform></translation>
    </message>
    <message>
        <source>--checkin-early takes the minutes before the slot a citizen may check in, from 0 to 720.</source>
        <translation>--checkin-early 需要群众可在预约时段前多少分钟签到，取值 0 到 720。</translation>
    </message>
    <message>
        <source>queue counter needs --host URL (such as ws://192.168.1.10:7700).</source>
        <translation>queue counter 需要 --host URL（例如 ws://192.168.1.10:7700）。</translation>
    </message>
    <message>
        <source>This counter calls from %1 (%2); the hall key is in the keychain.</source>
        <translation>本窗口从 %1 叫号（%2）；大厅密钥已存入系统密钥环。</translation>
    </message>
    <message>
        <source>every category</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <source>  queue host --listen HOST:PORT --db FILE [--categories FILE] [--max-priority-in-row N]
             [--noshow-delay SECONDS] [--checkin-early MINUTES]
                                    run the hall host until SIGTERM or SIGINT
  queue ticket --host URL --category C [--id-number N] [--disability] [--appointment HH:MM]
                                    take a ticket; prints it as JSON
  queue call --host URL --counter N [--categories A,B] [--clerk NAME]
                                    call the next ticket; prints it as JSON, exit 1 when
                                    nobody waits
  queue recall|noshow|pause|resume --host URL --counter N
                                    call again, not here (back once after a delay), pause
  queue transfer --host URL --counter N (--to-category C | --to-counter M)
                                    send the called ticket on; it keeps its place in line
  queue finish --host URL --counter N [--case UUID ...] [--rating 1-5]
                                    the service is done; links the cases and the rating
  queue appointments --host URL --file FILE
                                    put a JSON list of appointments (uuid, id_number, name,
                                    item_code or category, slot_start, slot_end, booking_code,
                                    state) at the hall host; updates by uuid
  queue counter --host URL [--categories A,B]
                                    point this counter at the hall host (the key goes to
                                    the OS keychain), as Settings &gt; Hall queue does
  queue status --host URL [--json]  categories and their waiting, counters, recent calls
  queue stats --host URL [--from YYYY-MM-DD] [--to YYYY-MM-DD]
                                    waiting and service times by category, counter, clerk
                                    and day, as JSON
                                    (queue commands take the hall key from --key K, --key-file
                                    FILE, OW_HALL_KEY or standard input; exit 3 when the hall
                                    host cannot be reached or refuses the key)
</source>
        <translation>  queue host --listen HOST:PORT --db FILE [--categories FILE] [--max-priority-in-row N]
             [--noshow-delay SECONDS] [--checkin-early MINUTES]
                                    运行叫号主机，直到收到 SIGTERM 或 SIGINT
  queue ticket --host URL --category C [--id-number N] [--disability] [--appointment HH:MM]
                                    取号；以 JSON 输出
  queue call --host URL --counter N [--categories A,B] [--clerk NAME]
                                    叫下一个号；以 JSON 输出，无人等候时
                                    退出码为 1
  queue recall|noshow|pause|resume --host URL --counter N
                                    重呼、过号（延时后回到队列一次）、暂停
  queue transfer --host URL --counter N (--to-category C | --to-counter M)
                                    转出当前号码，保留原排队位置
  queue finish --host URL --counter N [--case UUID ...] [--rating 1-5]
                                    办结；关联办件和评价
  queue appointments --host URL --file FILE
                                    把 JSON 预约列表（uuid、id_number、name、item_code 或
                                    category、slot_start、slot_end、booking_code、state）
                                    存入叫号主机；按 uuid 更新
  queue counter --host URL [--categories A,B]
                                    让本窗口连接叫号主机（密钥存入系统密钥环），
                                    与“设置 &gt; 大厅叫号”相同
  queue status --host URL [--json]  各类别及等候人数、窗口、最近叫号
  queue stats --host URL [--from YYYY-MM-DD] [--to YYYY-MM-DD]
                                    按类别、窗口、工作人员和日期统计等候与办理时间，
                                    以 JSON 输出
                                    （叫号命令的密钥来自 --key K、--key-file FILE、
                                    环境变量 OW_HALL_KEY 或标准输入；无法连接叫号主机
                                    或密钥被拒绝时退出码为 3）
</translation>
    </message>
</context>
<context>
    <name>ow::core::CounterSettings</name>
    <message>
        <source>The hall code must be 3 to 12 letters or digits.</source>
        <translation>大厅编码须为 3 到 12 位字母或数字。</translation>
    </message>
    <message>
        <source>The hall name must not be empty.</source>
        <translation>大厅名称不能为空。</translation>
    </message>
    <message>
        <source>The counter number must be between 1 and 999.</source>
        <translation>窗口编号必须在 1 到 999 之间。</translation>
    </message>
    <message>
        <source>The hall and counter could not be saved to the data file.</source>
        <translation>无法将大厅和窗口信息保存到数据文件。</translation>
    </message>
    <message>
        <source>The idle lock must be between 0 (off) and %1 minutes.</source>
        <translation>空闲锁定时间须在 0（关闭）到 %1 分钟之间。</translation>
    </message>
    <message>
        <source>The setting could not be saved to the data file.</source>
        <translation>无法将设置保存到数据文件。</translation>
    </message>
    <message>
        <source>The hall phone number may hold digits, spaces, brackets, + and - only.</source>
        <translation>大厅电话只能包含数字、空格、括号、+ 和 -。</translation>
    </message>
    <message>
        <source>The hall's contact details could not be saved to the data file.</source>
        <translation>无法将大厅联系方式保存到数据文件。</translation>
    </message>
</context>
<context>
    <name>ow::core::KeychainSecretStore</name>
    <message>
        <source>The system keyring refused access to the secret "%1". Unlock the keyring (log in to the desktop again) and retry.</source>
        <translation>系统密钥环拒绝访问密钥“%1”。请解锁密钥环（重新登录桌面）后重试。</translation>
    </message>
    <message>
        <source>No secure storage (system keyring) is available on this computer, so the secret "%1" cannot be kept. Log in to a desktop session with a keyring (GNOME Keyring or KWallet) and retry.</source>
        <translation>本机没有可用的安全存储（系统密钥环），无法保存密钥“%1”。请登录带有密钥环（GNOME 密钥环或 KWallet）的桌面会话后重试。</translation>
    </message>
    <message>
        <source>The system keyring could not be used for the secret "%1" (%2). Make sure a desktop session with a keyring (GNOME Keyring or KWallet) is running.</source>
        <translation>无法使用系统密钥环保存或读取密钥“%1”（%2）。请确认带有密钥环（GNOME 密钥环或 KWallet）的桌面会话正在运行。</translation>
    </message>
</context>
<context>
    <name>ow::core::Language</name>
    <message>
        <source>Unknown language %1; use en or zh_CN.</source>
        <translation>未知语言 %1；请使用 en 或 zh_CN。</translation>
    </message>
</context>
<context>
    <name>ow::core::MemorySecretStore</name>
    <message>
        <source>No secure storage is available.</source>
        <translation>没有可用的安全存储。</translation>
    </message>
</context>
<context>
    <name>ow::db::Database</name>
    <message>
        <source>There is no data file at %1 yet; it will be created.</source>
        <translation>%1 尚无数据文件，将新建。</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 不是文件。</translation>
    </message>
    <message>
        <source>%1 is not a OneWindow data file (it is not an SQLite database). The file was left as it is.</source>
        <translation>%1 不是一窗通数据文件（不是 SQLite 数据库）。该文件未做任何改动。</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>The data file %1 is damaged (%2). Restore it from a backup or call IT support; the file was left as it is.</source>
        <translation>数据文件 %1 已损坏（%2）。请从备份恢复或联系信息技术人员；该文件未做任何改动。</translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another program, not a OneWindow data file. The file was left as it is.</source>
        <translation>%1 是其他程序的 SQLite 数据库，不是一窗通数据文件。该文件未做任何改动。</translation>
    </message>
    <message>
        <source>The data file %1 was written by a newer version of OneWindow (schema %2; this program knows up to %3). Install the newer version; the file was left as it is.</source>
        <translation>数据文件 %1 由更新版本的一窗通写入（结构版本 %2，本程序最高支持 %3）。请安装新版本；该文件未做任何改动。</translation>
    </message>
    <message>
        <source>The data file is intact; schema version %1.</source>
        <translation>数据文件完好，结构版本 %1。</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>The data file %1 cannot be opened: %2</source>
        <translation>无法打开数据文件 %1：%2</translation>
    </message>
    <message>
        <source>The data file cannot be prepared (%1): %2</source>
        <translation>无法初始化数据文件（%1）：%2</translation>
    </message>
    <message>
        <source>The SQLite driver of this installation is not usable.</source>
        <translation>本机安装的 SQLite 驱动不可用。</translation>
    </message>
    <message>
        <source>The data file is busy or read-only: %1</source>
        <translation>数据文件正被占用或为只读：%1</translation>
    </message>
    <message>
        <source>The data file could not be updated to the new version and was left as it was: %1</source>
        <translation>数据文件无法升级到新版本，已保持原状：%1</translation>
    </message>
    <message>
        <source>%1 exists already; choose a new file name for the backup.</source>
        <translation>%1 已存在，请为备份另选文件名。</translation>
    </message>
    <message>
        <source>The folder of %1 does not exist.</source>
        <translation>%1 所在的文件夹不存在。</translation>
    </message>
    <message>
        <source>The data file is not open.</source>
        <translation>数据文件未打开。</translation>
    </message>
    <message>
        <source>The backup could not be written (%1). Is the disk full?</source>
        <translation>无法写入备份（%1）。磁盘是否已满？</translation>
    </message>
    <message>
        <source>The backup did not pass its check and was removed: %1</source>
        <translation>备份未通过校验，已删除：%1</translation>
    </message>
    <message>
        <source>The backup could not be moved to %1.</source>
        <translation>无法将备份移动到 %1。</translation>
    </message>
</context>
<context>
    <name>ow::district::AdminCommands</name>
    <message>
        <source>Give --%1.</source>
        <translation>请给出 --%1。</translation>
    </message>
    <message>
        <source>Unknown admin command: %1.</source>
        <translation>未知的管理命令：%1。</translation>
    </message>
    <message>
        <source>A hall code has 1 to 32 letters, digits or dashes: %1 has not.</source>
        <translation>大厅编码由 1 至 32 个字母、数字或连字符组成：%1 不符合。</translation>
    </message>
    <message>
        <source>Hall %1 exists already; nothing was changed.</source>
        <translation>大厅 %1 已存在；未做任何更改。</translation>
    </message>
    <message>
        <source>The hall could not be stored; see the log.</source>
        <translation>无法保存大厅；请查看日志。</translation>
    </message>
    <message>
        <source>Hall %1 (%2) added.</source>
        <translation>已添加大厅 %1（%2）。</translation>
    </message>
    <message>
        <source>--valid-hours must be 1 to 2160.</source>
        <translation>--valid-hours 必须在 1 至 2160 之间。</translation>
    </message>
    <message>
        <source>There is no hall %1; add it with: admin hall add.</source>
        <translation>没有大厅 %1；请用 admin hall add 添加。</translation>
    </message>
    <message>
        <source>The enrollment code could not be stored; see the log.</source>
        <translation>无法保存注册码；请查看日志。</translation>
    </message>
    <message>
        <source>One counter of hall %1 can enroll with this code until %2 (UTC).</source>
        <translation>在 %2（UTC）之前，大厅 %1 的一个窗口可以用此注册码注册。</translation>
    </message>
    <message>
        <source>A login has 2 to 32 lower-case letters, digits, dots, dashes or underscores.</source>
        <translation>登录名由 2 至 32 个小写字母、数字、点、连字符或下划线组成。</translation>
    </message>
    <message>
        <source>The role must be clerk, supervisor or admin.</source>
        <translation>角色须为 clerk（窗口人员）、supervisor（主管）或 admin（管理员）。</translation>
    </message>
    <message>
        <source>Standard input cannot be read.</source>
        <translation>无法读取标准输入。</translation>
    </message>
    <message>
        <source>Give the password (at least %1 characters) on standard input.</source>
        <translation>请在标准输入中给出密码（至少 %1 个字符）。</translation>
    </message>
    <message>
        <source>The password could not be protected (not enough memory).</source>
        <translation>无法加密保存密码（内存不足）。</translation>
    </message>
    <message>
        <source>The login %1 is taken; nothing was changed.</source>
        <translation>登录名 %1 已被使用；未做任何更改。</translation>
    </message>
    <message>
        <source>The clerk could not be stored; see the log.</source>
        <translation>无法保存工作人员；请查看日志。</translation>
    </message>
    <message>
        <source>Clerk %1 (%2) added to hall %3 as %4.</source>
        <translation>已将工作人员 %1（%2）以 %4 角色添加到大厅 %3。</translation>
    </message>
    <message>
        <source>There is no clerk %1.</source>
        <translation>没有工作人员 %1。</translation>
    </message>
    <message>
        <source>The clerk could not be changed; see the log.</source>
        <translation>无法更改工作人员；请查看日志。</translation>
    </message>
    <message>
        <source>Clerk %1 can no longer log in; the counters learn it at their next sync.</source>
        <translation>工作人员 %1 已不能登录；各窗口将在下次同步时获知。</translation>
    </message>
    <message>
        <source>There is no enrolled, unrevoked device %1.</source>
        <translation>没有已注册且未吊销的设备 %1。</translation>
    </message>
    <message>
        <source>The device could not be revoked; see the log.</source>
        <translation>无法吊销设备；请查看日志。</translation>
    </message>
    <message>
        <source>Device %1 is revoked; its token no longer works.</source>
        <translation>设备 %1 已吊销；其令牌不再有效。</translation>
    </message>
    <message>
        <source>--width must be 1 to 18 and --first a number not below 0.</source>
        <translation>--width 必须在 1 至 18 之间，--first 必须是不小于 0 的数。</translation>
    </message>
    <message>
        <source>Template %1 has a number series already; nothing was changed.</source>
        <translation>模板 %1 已有编号序列；未做任何更改。</translation>
    </message>
    <message>
        <source>The series could not be stored; see the log.</source>
        <translation>无法保存编号序列；请查看日志。</translation>
    </message>
    <message>
        <source>Numbers of template %1 are leased from %2 on.</source>
        <translation>模板 %1 的编号从 %2 起领用。</translation>
    </message>
    <message>
        <source>The statistics could not be read; see the log.</source>
        <translation>无法读取统计；请查看日志。</translation>
    </message>
    <message>
        <source>Halls: %1, devices: %2 (%3 revoked), clerks: %4</source>
        <translation>大厅：%1，设备：%2（已吊销 %3），工作人员：%4</translation>
    </message>
    <message>
        <source>Cases: %1, citizens: %2</source>
        <translation>办件：%1，居民：%2</translation>
    </message>
    <message>
        <source>Blobs: %1 complete, %2 arriving</source>
        <translation>文件：%1 个完整，%2 个正在上传</translation>
    </message>
    <message>
        <source>Operations received: %1</source>
        <translation>已收到的操作：%1</translation>
    </message>
    <message>
        <source>Give one population file: admin load-population FILE.</source>
        <translation>请给出一个人口数据文件：admin load-population FILE。</translation>
    </message>
    <message>
        <source>The file %1 cannot be read: %2</source>
        <translation>无法读取文件 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not a population file: a JSON object with a "citizens" array is expected.</source>
        <translation>%1 不是人口数据文件：应为含 "citizens" 数组的 JSON 对象。</translation>
    </message>
    <message>
        <source>Citizen %1 of %2 has no valid ID number (%3); nothing was loaded.</source>
        <translation>%2 中第 %1 位居民的身份证号码无效（%3）；未载入任何数据。</translation>
    </message>
    <message>
        <source>The population could not be stored; see the log.</source>
        <translation>无法保存人口数据；请查看日志。</translation>
    </message>
    <message numerus="yes">
        <source>%n citizen(s) loaded from %1.</source>
        <translation><numerusform>已从 %1 载入 %n 位居民。</numerusform></translation>
    </message>
    <message>
        <source>Usage: onewindow-district [--database URL] [--listen HOST:PORT] [--blobs DIR] [--workers N] [--lang zh_CN|en] [admin ...]
Without a command it serves the district API.
  --database  sqlite:PATH (the default, in the data folder) or postgresql://user@host:port/database
  --listen    address and port to serve on (default 127.0.0.1:8480)
  --blobs     folder for photos and scans (default: blobs beside the SQLite file)
  --workers   threads for database work (default 4)

</source>
        <translation>用法：onewindow-district [--database URL] [--listen HOST:PORT] [--blobs DIR] [--workers N] [--lang zh_CN|en] [admin ...]
不带命令时提供区级服务接口。
  --database  sqlite:PATH（默认，位于数据文件夹）或 postgresql://user@host:port/database
  --listen    监听的地址和端口（默认 127.0.0.1:8480）
  --blobs     存放照片和扫描件的文件夹（默认：SQLite 文件旁的 blobs）
  --workers   处理数据库工作的线程数（默认 4）

</translation>
    </message>
    <message>
        <source>%1 needs a value.</source>
        <translation>%1 需要一个值。</translation>
    </message>
    <message>
        <source>--workers must be 1 to 64.</source>
        <translation>--workers 必须在 1 至 64 之间。</translation>
    </message>
    <message>
        <source>Unknown command %1.</source>
        <translation>未知命令 %1。</translation>
    </message>
    <message>
        <source>--listen wants HOST:PORT with a numeric address, e.g. 127.0.0.1:8480.</source>
        <translation>--listen 需要数字地址形式的 HOST:PORT，例如 127.0.0.1:8480。</translation>
    </message>
    <message>
        <source>The blob folder %1 cannot be created.</source>
        <translation>无法创建文件夹 %1 用于存放文件。</translation>
    </message>
    <message>
        <source>Cannot listen on %1; is another server running there?</source>
        <translation>无法在 %1 上监听；是否已有其他服务在运行？</translation>
    </message>
    <message>
        <source>  audit-check [--json]                  each counter's audit chain: intact or where it breaks
  catalog import DIR                    publish the service catalog in DIR to every counter
</source>
        <translation>  audit-check [--json]                  检查各窗口审计链：完整，或在哪一行断开
  catalog import DIR                    将 DIR 中的事项目录发布到所有窗口
</translation>
    </message>
    <message>
        <source>audit-check takes only --json.</source>
        <translation>audit-check 只接受 --json 选项。</translation>
    </message>
    <message>
        <source>The district database could not be read; try again.</source>
        <translation>无法读取区级数据库，请重试。</translation>
    </message>
    <message>
        <source>BROKEN  %1 (hall %2, counter %3): %4 rows; the chain breaks at row %5 (%6)</source>
        <translation>已断开  %1（大厅 %2，%3 号窗口）：%4 行；审计链在第 %5 行断开（%6）</translation>
    </message>
    <message>
        <source>intact  %1 (hall %2, counter %3): %4 rows</source>
        <translation>完整  %1（大厅 %2，%3 号窗口）：%4 行</translation>
    </message>
    <message>
        <source>Give one catalog folder: admin catalog import DIR.</source>
        <translation>请指定一个事项目录文件夹：admin catalog import DIR。</translation>
    </message>
    <message>
        <source>%1 is not a JSON object (%2); nothing was published.</source>
        <translation>%1 不是 JSON 对象（%2），未发布任何内容。</translation>
    </message>
    <message>
        <source>%1 has no items/*.json: not a catalog folder; nothing was published.</source>
        <translation>%1 中没有 items/*.json，不是事项目录文件夹，未发布任何内容。</translation>
    </message>
    <message>
        <source>The catalog could not be published; nothing changed. Try again.</source>
        <translation>事项目录未能发布，未做任何更改。请重试。</translation>
    </message>
    <message>
        <source>Published catalog version %1 with %2 files to every counter.</source>
        <translation>已向所有窗口发布第 %1 版事项目录，共 %2 个文件。</translation>
    </message>
    <message>
        <source>Administration (onewindow-district --database URL admin ...):
  hall add --code C --name N            add a service hall
  enroll-code --hall C [--valid-hours H] [--count N]
                                        print one-time codes (one a line) that each enroll one counter
  clerk add --login L --name N --role R --hall C
                                        add a clerk; the password is read from standard input
  clerk deactivate --login L            stop a clerk's logins at every counter
  device revoke --id D                  revoke an enrolled counter and its certificate key
  series add --template T --prefix P --width W [--first N]
                                        add a certificate number series that counters lease from
  stats [--json]                        counts of cases, blobs, operations, numbers and devices
  load-population FILE                  load shared citizen data (household, disability, allowance)
</source>
        <translation>管理命令（onewindow-district --database URL admin ...）：
  hall add --code C --name N            添加服务大厅
  enroll-code --hall C [--valid-hours H] [--count N]
                                        打印一次性注册码（每行一个），每个码供一个窗口注册
  clerk add --login L --name N --role R --hall C
                                        添加工作人员；密码从标准输入读取
  clerk deactivate --login L            停用工作人员，所有窗口均不能再登录
  device revoke --id D                  吊销已注册的窗口及其证照签名密钥
  series add --template T --prefix P --width W [--first N]
                                        添加证照编号序列，供各窗口领用号段
  stats [--json]                        办件、文件、操作、编号和设备的统计
  load-population FILE                  载入共享的居民数据（户籍、残疾、低保）
</translation>
    </message>
    <message>
        <source>--count must be 1 to 10000.</source>
        <translation>--count 必须在 1 到 10000 之间。</translation>
    </message>
    <message>
        <source>  calendar import FILE                  publish working-day calendar years to every counter
  template import FILE...               publish certificate templates to every counter
  appointment import FILE               publish appointments (JSON array) to their halls' counters
</source>
        <translation>  calendar import FILE                  向所有窗口发布工作日历年份
  template import FILE...               向所有窗口发布证照模板
  appointment import FILE               向所属大厅的窗口发布预约（JSON 数组）
</translation>
    </message>
    <message>
        <source>%1 is not JSON (%2); nothing was published.</source>
        <translation>%1 不是 JSON（%2）；未发布任何内容。</translation>
    </message>
    <message>
        <source>%1: a year object needs "year", a number from 2000 to 2100.</source>
        <translation>%1：年份对象需要“year”，取值为 2000 至 2100 之间的数字。</translation>
    </message>
    <message>
        <source>%1: year %2 is not in calendar format 1.</source>
        <translation>%1：年份 %2 不是日历格式 1。</translation>
    </message>
    <message>
        <source>%1: year %2 has a holiday whose from/to are not dates of that year in order.</source>
        <translation>%1：年份 %2 中有节假日的起止日期不是该年内按先后顺序的日期。</translation>
    </message>
    <message>
        <source>%1: year %2 has a make-up working day that is not a date of that year.</source>
        <translation>%1：年份 %2 中有调休上班日不是该年的日期。</translation>
    </message>
    <message>
        <source>%1: year %2 has no "holidays" list.</source>
        <translation>%1：年份 %2 没有“holidays”列表。</translation>
    </message>
    <message>
        <source>%1: a template needs a "code" of letters, digits, dots and dashes.</source>
        <translation>%1：模板需要由字母、数字、点和短横线组成的“code”。</translation>
    </message>
    <message>
        <source>%1: the template is not in format 1.</source>
        <translation>%1：模板不是格式 1。</translation>
    </message>
    <message>
        <source>%1: the template has no "fields" list.</source>
        <translation>%1：模板没有“fields”列表。</translation>
    </message>
    <message>
        <source>Nothing was published: the district database failed; try again.</source>
        <translation>未发布任何内容：区级数据库出错，请重试。</translation>
    </message>
    <message>
        <source>Give one calendar file: admin calendar import FILE.</source>
        <translation>请给出一个日历文件：admin calendar import FILE。</translation>
    </message>
    <message>
        <source>%1 holds no calendar year objects; nothing was published.</source>
        <translation>%1 中没有日历年份对象；未发布任何内容。</translation>
    </message>
    <message>
        <source>%1: year %2 appears twice; nothing was published.</source>
        <translation>%1：年份 %2 出现了两次；未发布任何内容。</translation>
    </message>
    <message>
        <source>Nothing was published.</source>
        <translation>未发布任何内容。</translation>
    </message>
    <message>
        <source>Published %1 calendar year(s) to every counter (%2 unchanged).</source>
        <translation>已向所有窗口发布 %1 个日历年份（%2 个未变）。</translation>
    </message>
    <message>
        <source>Give one or more template files: admin template import FILE...</source>
        <translation>请给出一个或多个模板文件：admin template import FILE...</translation>
    </message>
    <message>
        <source>%1 is not a JSON object; nothing was published.</source>
        <translation>%1 不是 JSON 对象；未发布任何内容。</translation>
    </message>
    <message>
        <source>Template %1 is given twice; nothing was published.</source>
        <translation>模板 %1 给出了两次；未发布任何内容。</translation>
    </message>
    <message>
        <source>Published %1 certificate template(s) to every counter.</source>
        <translation>已向所有窗口发布 %1 个证照模板。</translation>
    </message>
    <message>
        <source>Give one appointment file: admin appointment import FILE.</source>
        <translation>请给出一个预约文件：admin appointment import FILE。</translation>
    </message>
    <message>
        <source>%1 is not a JSON array of appointments; nothing was published.</source>
        <translation>%1 不是预约的 JSON 数组；未发布任何内容。</translation>
    </message>
    <message>
        <source>it is not an object</source>
        <translation>它不是对象</translation>
    </message>
    <message>
        <source>there is no hall "%1"</source>
        <translation>没有大厅“%1”</translation>
    </message>
    <message>
        <source>the ID number is not valid</source>
        <translation>身份证号码无效</translation>
    </message>
    <message>
        <source>name or item_code is missing</source>
        <translation>缺少 name 或 item_code</translation>
    </message>
    <message>
        <source>slot_start and slot_end must be date-times with their offset (+08:00), end after start</source>
        <translation>slot_start 和 slot_end 必须是带时区偏移（+08:00）的日期时间，且结束晚于开始</translation>
    </message>
    <message>
        <source>booking_code must be 6 digits</source>
        <translation>booking_code 必须是 6 位数字</translation>
    </message>
    <message>
        <source>state must be booked or cancelled</source>
        <translation>state 必须是 booked 或 cancelled</translation>
    </message>
    <message>
        <source>Appointment %1 of %2: %3; nothing was published.</source>
        <translation>%2 中第 %1 条预约：%3；未发布任何内容。</translation>
    </message>
    <message>
        <source>Appointment %1 of %2 repeats uuid %3; nothing was published.</source>
        <translation>%2 中第 %1 条预约的 uuid %3 重复；未发布任何内容。</translation>
    </message>
    <message>
        <source>Published %1 appointment change(s) to their halls (%2 unchanged).</source>
        <translation>已向所属大厅发布 %1 条预约变更（%2 条未变）。</translation>
    </message>
    <message>
        <source>  --trust-proxy  the server is reached only through nginx: take the client's address (for the limits on wrong codes and passwords) from X-Real-IP or X-Forwarded-For

</source>
        <translation>  --trust-proxy  服务器只经由 nginx 访问：客户端地址（用于限制错误注册码和密码的尝试次数）取自 X-Real-IP 或 X-Forwarded-For

</translation>
    </message>
    <message>
        <source>the item "%1" is not in the catalog published to the counters</source>
        <translation>事项“%1”不在已发布给各窗口的事项目录中</translation>
    </message>
</context>
<context>
    <name>ow::district::Store</name>
    <message>
        <source>The database "%1" names no file; write sqlite:/path/to/district.sqlite.</source>
        <translation>数据库“%1”未指明文件；请写作 sqlite:/path/to/district.sqlite。</translation>
    </message>
    <message>
        <source>The database "%1" is not a PostgreSQL address; write postgresql://user@host:port/database.</source>
        <translation>数据库“%1”不是 PostgreSQL 地址；请写作 postgresql://user@host:port/database。</translation>
    </message>
    <message>
        <source>Unknown database "%1": give sqlite:PATH or postgresql://user@host:port/database.</source>
        <translation>未知的数据库“%1”：请给出 sqlite:PATH 或 postgresql://user@host:port/database。</translation>
    </message>
    <message>
        <source>The folder %1 for the database cannot be created.</source>
        <translation>无法创建数据库所在的文件夹 %1。</translation>
    </message>
    <message>
        <source>The database %1 cannot be opened: %2</source>
        <translation>无法打开数据库 %1：%2</translation>
    </message>
    <message>
        <source>The database %1 could not be brought up to date; see the log.</source>
        <translation>无法将数据库 %1 升级到最新结构；请查看日志。</translation>
    </message>
    <message>
        <source>The database %1 was made by a newer onewindow-district (schema %2, this program knows %3); install the newer program.</source>
        <translation>数据库 %1 由较新版本的 onewindow-district 创建（结构版本 %2，本程序只认识 %3）；请安装较新的程序。</translation>
    </message>
</context>
<context>
    <name>ow::forms::FormDefinition</name>
    <message>
        <source>Form field "%1": %2</source>
        <translation>表单字段“%1”：%2</translation>
    </message>
    <message>
        <source>each field must be an object.</source>
        <translation>每个字段必须是一个对象。</translation>
    </message>
    <message>
        <source>the id must be lower-case letters, digits and underscores, starting with a letter.</source>
        <translation>标识只能由小写字母、数字和下划线组成，并以字母开头。</translation>
    </message>
    <message>
        <source>unknown key "%1".</source>
        <translation>未知的键“%1”。</translation>
    </message>
    <message>
        <source>the label is missing.</source>
        <translation>缺少标签。</translation>
    </message>
    <message>
        <source>unknown kind "%1".</source>
        <translation>未知的字段类型“%1”。</translation>
    </message>
    <message>
        <source>a table column cannot be a table.</source>
        <translation>表格的列不能是表格。</translation>
    </message>
    <message>
        <source>"validation" must be an object.</source>
        <translation>“validation”必须是一个对象。</translation>
    </message>
    <message>
        <source>a computed field cannot also be prefilled.</source>
        <translation>计算字段不能同时设置预填来源。</translation>
    </message>
    <message>
        <source>a field has either "compute" or "compute_if_empty", not both.</source>
        <translation>字段只能设置“compute”或“compute_if_empty”之一，不能同时设置。</translation>
    </message>
    <message>
        <source>only a choice has options.</source>
        <translation>只有选择类字段才能有选项。</translation>
    </message>
    <message>
        <source>a choice needs its options.</source>
        <translation>选择类字段必须列出选项。</translation>
    </message>
    <message>
        <source>the default is not one of the options.</source>
        <translation>默认值不是选项之一。</translation>
    </message>
    <message>
        <source>only a table has columns.</source>
        <translation>只有表格类字段才能有列。</translation>
    </message>
    <message>
        <source>"columns" must be a non-empty list.</source>
        <translation>“columns”必须是非空列表。</translation>
    </message>
    <message>
        <source>the id is used twice.</source>
        <translation>标识重复使用。</translation>
    </message>
    <message>
        <source>a table needs its columns.</source>
        <translation>表格类字段必须列出各列。</translation>
    </message>
    <message>
        <source>the stage must be "intake" or "review".</source>
        <translation>环节必须是“intake”或“review”。</translation>
    </message>
    <message>
        <source>"sensitive" must be true or false.</source>
        <translation>“sensitive”必须是 true 或 false。</translation>
    </message>
    <message>
        <source>"help" must be text.</source>
        <translation>“help”必须是文本。</translation>
    </message>
    <message>
        <source>the check "%1" is not allowed for a field of kind %2.</source>
        <translation>类型为 %2 的字段不允许使用校验项“%1”。</translation>
    </message>
    <message>
        <source>"%1" must be true or false.</source>
        <translation>“%1”必须是 true 或 false。</translation>
    </message>
    <message>
        <source>"%1" must be non-empty text.</source>
        <translation>“%1”必须是非空文本。</translation>
    </message>
    <message>
        <source>"%1" must be a whole number of 0 or more.</source>
        <translation>“%1”必须是不小于0的整数。</translation>
    </message>
    <message>
        <source>"%1" must be a date (YYYY-MM-DD) or service_date.</source>
        <translation>“%1”必须是日期（YYYY-MM-DD）或 service_date。</translation>
    </message>
    <message>
        <source>"%1" must be a number.</source>
        <translation>“%1”必须是数字。</translation>
    </message>
    <message>
        <source>"min" is greater than "max".</source>
        <translation>“min”大于“max”。</translation>
    </message>
    <message>
        <source>"min_length" is greater than "max_length".</source>
        <translation>“min_length”大于“max_length”。</translation>
    </message>
    <message>
        <source>"min_rows" is greater than "max_rows".</source>
        <translation>“min_rows”大于“max_rows”。</translation>
    </message>
    <message>
        <source>the pattern is not a valid regular expression.</source>
        <translation>pattern 不是有效的正则表达式。</translation>
    </message>
    <message>
        <source>a pattern needs a "pattern_message".</source>
        <translation>设置 pattern 时必须同时设置“pattern_message”。</translation>
    </message>
    <message>
        <source>"pattern_message" without a pattern.</source>
        <translation>设置了“pattern_message”却没有 pattern。</translation>
    </message>
    <message>
        <source>"prefill" must be a list.</source>
        <translation>“prefill”必须是列表。</translation>
    </message>
    <message>
        <source>the card has no field "%1".</source>
        <translation>身份证上没有字段“%1”。</translation>
    </message>
    <message>
        <source>the citizen record has no field "%1".</source>
        <translation>居民档案中没有字段“%1”。</translation>
    </message>
    <message>
        <source>an earlier-case source needs the id of a field.</source>
        <translation>既往办件来源必须指定字段标识。</translation>
    </message>
    <message>
        <source>an earlier-case source names an empty item.</source>
        <translation>既往办件来源指定的事项为空。</translation>
    </message>
    <message>
        <source>unknown shared dataset "%1".</source>
        <translation>未知的共享数据集“%1”。</translation>
    </message>
    <message>
        <source>the shared dataset "%1" has no field "%2".</source>
        <translation>共享数据集“%1”中没有字段“%2”。</translation>
    </message>
    <message>
        <source>unknown prefill source "%1".</source>
        <translation>未知的预填来源“%1”。</translation>
    </message>
    <message>
        <source>unknown key "%1" in a prefill source.</source>
        <translation>预填来源中有未知的键“%1”。</translation>
    </message>
    <message>
        <source>unknown computation "%1".</source>
        <translation>未知的计算“%1”。</translation>
    </message>
    <message>
        <source>unknown key "%1" in a computation.</source>
        <translation>计算中有未知的键“%1”。</translation>
    </message>
    <message>
        <source>the computation "%1" takes %2 input(s).</source>
        <translation>计算“%1”需要 %2 个输入。</translation>
    </message>
    <message>
        <source>the computation "%1" needs a column.</source>
        <translation>计算“%1”必须指定列。</translation>
    </message>
    <message>
        <source>"options" must be a non-empty list.</source>
        <translation>“options”必须是非空列表。</translation>
    </message>
    <message>
        <source>every option needs a value and a label.</source>
        <translation>每个选项都必须有值和标签。</translation>
    </message>
    <message>
        <source>the option value "%1" is used twice.</source>
        <translation>选项值“%1”重复使用。</translation>
    </message>
    <message>
        <source>unknown key "%1" in an option.</source>
        <translation>选项中有未知的键“%1”。</translation>
    </message>
    <message>
        <source>the computation "%1" gives a %2, but the field is a %3.</source>
        <translation>计算“%1”的结果类型为 %2，但字段类型为 %3。</translation>
    </message>
    <message>
        <source>the computation reads "%1", which is not a field of this form.</source>
        <translation>计算读取的“%1”不是本表单的字段。</translation>
    </message>
    <message>
        <source>the computation "%1" needs a %2 as input %3.</source>
        <translation>计算“%1”的第 %3 个输入必须是 %2 类型。</translation>
    </message>
    <message>
        <source>"%1" is not a number column of the table "%2".</source>
        <translation>“%1”不是表格“%2”的数字列。</translation>
    </message>
    <message>
        <source>a condition must be an object with "field" and "in" or "equals".</source>
        <translation>条件必须是包含“field”以及“in”或“equals”的对象。</translation>
    </message>
    <message>
        <source>the condition on "%1" needs a non-empty "in" list.</source>
        <translation>关于“%1”的条件必须有非空的“in”列表。</translation>
    </message>
    <message>
        <source>the condition names "%1", which is not a field of this form.</source>
        <translation>条件中的“%1”不是本表单的字段。</translation>
    </message>
    <message>
        <source>the condition on "%1" names "%2", which is not one of its options.</source>
        <translation>关于“%1”的条件中的“%2”不是该字段的选项。</translation>
    </message>
    <message>
        <source>unknown key in the form.</source>
        <translation>表单中有未知的键。</translation>
    </message>
    <message>
        <source>The form has no fields.</source>
        <translation>表单没有任何字段。</translation>
    </message>
</context>
<context>
    <name>ow::forms::FormEngine</name>
    <message>
        <source>%1 must have at least %2 characters.</source>
        <translation>%1至少应有 %2 个字。</translation>
    </message>
    <message>
        <source>%1 must have at most %2 characters.</source>
        <translation>%1最多只能有 %2 个字。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1 must be a mobile number (11 digits starting with 1) or a landline number with its area code, such as 0571-87654321.</source>
        <translation>%1应为手机号码（以1开头的11位数字）或带区号的固定电话，如 0571-87654321。</translation>
    </message>
    <message>
        <source>%1 must be the 18-character number (GB 11643-1999).</source>
        <translation>%1应为18位公民身份号码（GB 11643-1999）。</translation>
    </message>
    <message>
        <source>%1 must be a date written as YYYY-MM-DD.</source>
        <translation>%1应为日期，格式为 YYYY-MM-DD。</translation>
    </message>
    <message>
        <source>%1 cannot be before the service date (%2).</source>
        <translation>%1不能早于办理当日（%2）。</translation>
    </message>
    <message>
        <source>%1 cannot be before %2.</source>
        <translation>%1不能早于 %2。</translation>
    </message>
    <message>
        <source>%1 cannot be in the future (after the service date %2).</source>
        <translation>%1不能晚于办理当日（%2）。</translation>
    </message>
    <message>
        <source>%1 cannot be after %2.</source>
        <translation>%1不能晚于 %2。</translation>
    </message>
    <message>
        <source>%1 must be a number.</source>
        <translation>%1应为数字。</translation>
    </message>
    <message>
        <source>%1 must be a whole number.</source>
        <translation>%1应为整数。</translation>
    </message>
    <message>
        <source>%1 must be at least %2.</source>
        <translation>%1不能小于 %2。</translation>
    </message>
    <message>
        <source>%1 must be at most %2.</source>
        <translation>%1不能大于 %2。</translation>
    </message>
    <message>
        <source>%1: choose one of the listed options.</source>
        <translation>%1：请从列出的选项中选择。</translation>
    </message>
    <message>
        <source>%1 needs at least %2 row(s).</source>
        <translation>%1至少应填写 %2 行。</translation>
    </message>
    <message>
        <source>%1 can have at most %2 rows.</source>
        <translation>%1最多只能填写 %2 行。</translation>
    </message>
    <message>
        <source>%1 needs at least one row.</source>
        <translation>%1至少应填写一行。</translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <translation>请填写%1。</translation>
    </message>
    <message>
        <source>%1, row %2: %3</source>
        <translation>%1第 %2 行：%3</translation>
    </message>
    <message>
        <source>Eligibility rule %1 (%2): %3</source>
        <translation>第 %1 条受理条件（%2）：%3</translation>
    </message>
    <message>
        <source>unknown rule.</source>
        <translation>未知的规则。</translation>
    </message>
    <message>
        <source>unknown key "%1".</source>
        <translation>未知的键“%1”。</translation>
    </message>
    <message>
        <source>the parameter "%1" is missing.</source>
        <translation>缺少参数“%1”。</translation>
    </message>
    <message>
        <source>the reason is missing.</source>
        <translation>缺少不符合时的说明（reason）。</translation>
    </message>
    <message>
        <source>"severity" must be block or warn.</source>
        <translation>“severity”必须是 block 或 warn。</translation>
    </message>
    <message>
        <source>"when_unknown" must be block, warn or allow.</source>
        <translation>“when_unknown”必须是 block、warn 或 allow。</translation>
    </message>
    <message>
        <source>"value" must be a number.</source>
        <translation>“value”必须是数字。</translation>
    </message>
    <message>
        <source>"allow_residence_permit" must be true or false.</source>
        <translation>“allow_residence_permit”必须是 true 或 false。</translation>
    </message>
    <message>
        <source>unknown shared dataset "%1".</source>
        <translation>未知的共享数据集“%1”。</translation>
    </message>
    <message>
        <source>the shared dataset "%1" has no field "%2".</source>
        <translation>共享数据集“%1”中没有字段“%2”。</translation>
    </message>
    <message>
        <source>"regions" must be a non-empty list.</source>
        <translation>“regions”必须是非空列表。</translation>
    </message>
    <message>
        <source>the region "%1" must have 2, 4 or 6 digits.</source>
        <translation>行政区划“%1”必须是2位、4位或6位数字。</translation>
    </message>
    <message>
        <source>"item" must be self or an item code.</source>
        <translation>“item”必须是 self 或事项编码。</translation>
    </message>
    <message>
        <source>"scope" must be person or household.</source>
        <translation>“scope”必须是 person 或 household。</translation>
    </message>
    <message>
        <source>"%1" is not a field of this form.</source>
        <translation>“%1”不是本表单的字段。</translation>
    </message>
    <message>
        <source>"%1" must be a date field.</source>
        <translation>“%1”必须是日期字段。</translation>
    </message>
    <message>
        <source>"%1" must be a number field.</source>
        <translation>“%1”必须是数字字段。</translation>
    </message>
    <message>
        <source>"values" must be a non-empty list.</source>
        <translation>“values”必须是非空列表。</translation>
    </message>
    <message>
        <source>"%1" is not an option of "%2".</source>
        <translation>“%1”不是“%2”的选项。</translation>
    </message>
</context>
<context>
    <name>ow::idcard::CardInfo</name>
    <message>
        <source>The date "%1" in field %2 is not a date of the form YYYY-MM-DD.</source>
        <translation>字段 %2 中的“%1”不是 YYYY-MM-DD 格式的日期。</translation>
    </message>
    <message>
        <source>Resident ID card</source>
        <translation>居民身份证</translation>
    </message>
    <message>
        <source>Foreign permanent residence ID card (2017)</source>
        <translation>外国人永久居留身份证（2017 版）</translation>
    </message>
    <message>
        <source>Foreign permanent residence ID card (2023)</source>
        <translation>外国人永久居留身份证（2023 版）</translation>
    </message>
    <message>
        <source>Residence permit for Hong Kong, Macao and Taiwan residents</source>
        <translation>港澳台居民居住证</translation>
    </message>
    <message>
        <source>The card type "%1" is not one of resident, foreign_permanent_2017, foreign_permanent_2023, hk_mo_tw_permit.</source>
        <translation>证件类型“%1”不是 resident、foreign_permanent_2017、foreign_permanent_2023、hk_mo_tw_permit 之一。</translation>
    </message>
    <message>
        <source>The sex "%1" is not a GB/T 2261.1 sex.</source>
        <translation>性别“%1”不符合 GB/T 2261.1。</translation>
    </message>
    <message>
        <source>The nation "%1" is not a GB/T 3304 ethnic group.</source>
        <translation>民族“%1”不符合 GB/T 3304。</translation>
    </message>
</context>
<context>
    <name>ow::idcard::CardTextCodec</name>
    <message>
        <source>The card's text could not be read completely. Place the card again.</source>
        <translation>未能完整读取证件信息，请重新放卡。</translation>
    </message>
</context>
<context>
    <name>ow::idcard::IdNumber</name>
    <message>
        <source>The birth date %1 in the ID number is not a real date. Check the number on the card.</source>
        <translation>身份证号码中的出生日期 %1 不是有效日期，请核对证件上的号码。</translation>
    </message>
    <message>
        <source>The birth date %1 in the ID number lies in the future. Check the number on the card.</source>
        <translation>身份证号码中的出生日期 %1 晚于今天，请核对证件上的号码。</translation>
    </message>
    <message>
        <source>The ID number starts with %1, which is not a region code. Check the number on the card.</source>
        <translation>身份证号码以 %1 开头，这不是行政区划代码，请核对证件上的号码。</translation>
    </message>
    <message>
        <source>An ID number has 18 characters: 17 digits, then a digit or X.</source>
        <translation>身份证号码为 18 位：17 位数字加 1 位数字或 X。</translation>
    </message>
    <message>
        <source>The ID number does not add up: its last character should be %1. One of the characters is probably mistyped.</source>
        <translation>身份证号码校验不通过：最后一位应为 %1，可能有字符输错。</translation>
    </message>
    <message>
        <source>Enter an ID number.</source>
        <translation>请输入身份证号码。</translation>
    </message>
    <message>
        <source>An ID number has 18 characters (17 digits, then a digit or X); old numbers have 15 digits, and foreigners' cards of 2017 three letters and 12 digits.</source>
        <translation>身份证号码为 18 位（17 位数字加 1 位数字或 X）；旧号码为 15 位数字，2017 版外国人永久居留身份证为 3 个字母加 12 位数字。</translation>
    </message>
</context>
<context>
    <name>ow::idcard::ReaderSettings</name>
    <message>
        <source>The card photo cannot be shown: %1 Take a photo with the camera at intake instead.</source>
        <translation>无法显示证件照片：%1请在受理时用摄像头现场拍照。</translation>
    </message>
    <message>
        <source>Card reader off.</source>
        <translation>读卡器已关闭。</translation>
    </message>
    <message>
        <source>Card reader not connected. Check its cable; reading resumes by itself.</source>
        <translation>读卡器未连接。请检查连接线，接好后自动恢复读卡。</translation>
    </message>
    <message>
        <source>Card reader ready: place the ID card on the reader.</source>
        <translation>读卡器就绪：请将身份证放在读卡器上。</translation>
    </message>
    <message>
        <source>Reading the card. Keep it on the reader.</source>
        <translation>正在读卡，请勿移开证件。</translation>
    </message>
    <message>
        <source>The card reader reports a fault. Restart it or call IT support.</source>
        <translation>读卡器报告故障，请重启读卡器或联系信息技术人员。</translation>
    </message>
</context>
<context>
    <name>ow::idcard::SamReader</name>
    <message>
        <source>The ID card reader was disconnected. Plug it in again; reading resumes by itself.</source>
        <translation>身份证读卡器已断开，请重新接好，接好后自动恢复读卡。</translation>
    </message>
    <message>
        <source>The ID card reader does not answer. Check that it is switched on and connected.</source>
        <translation>身份证读卡器无应答，请检查是否已通电并连接。</translation>
    </message>
    <message>
        <source>The answer from the ID card reader was damaged. Check the cable; the read is retried.</source>
        <translation>读卡器返回的数据已损坏，请检查连接线；系统将自动重读。</translation>
    </message>
    <message>
        <source>The ID card reader at %1 is not connected. Check its cable.</source>
        <translation>%1 上的身份证读卡器未连接，请检查连接线。</translation>
    </message>
    <message>
        <source>The ID card reader at %1 does not answer at %2 baud. Check that it is switched on and the baud rate in the settings.</source>
        <translation>%1 上的身份证读卡器在 %2 波特率下无应答，请检查是否已通电以及设置中的波特率。</translation>
    </message>
    <message>
        <source>The ID card reader at %1 does not answer at any usual baud rate. Check that it is switched on.</source>
        <translation>%1 上的身份证读卡器在所有常用波特率下均无应答，请检查是否已通电。</translation>
    </message>
</context>
<context>
    <name>ow::idcard::SdtApiReader</name>
    <message>
        <source>The card reader's vendor library (%1) is not installed. Install the reader's driver, or choose the serial protocol in the settings.</source>
        <translation>未安装读卡器厂商驱动库（%1）。请安装读卡器驱动，或在设置中改用串口协议。</translation>
    </message>
    <message>
        <source>The library %1 is not a card reader library this program can use.</source>
        <translation>库 %1 不是本程序可用的读卡器驱动库。</translation>
    </message>
    <message>
        <source>The ID card reader does not answer. Check that it is switched on and connected.</source>
        <translation>身份证读卡器无应答，请检查是否已通电并连接。</translation>
    </message>
    <message>
        <source>The ID card reader was disconnected. Plug it in again; reading resumes by itself.</source>
        <translation>身份证读卡器已断开，请重新接好，接好后自动恢复读卡。</translation>
    </message>
    <message>
        <source>The ID card reader on port %1 is not connected. Check its cable.</source>
        <translation>端口 %1 上的身份证读卡器未连接，请检查连接线。</translation>
    </message>
</context>
<context>
    <name>ow::idcard::WltDecoder</name>
    <message>
        <source>No photo decoder is installed. The card was read; its photo is kept undecoded.</source>
        <translation>未安装照片解码库。证件已读取，照片以未解码形式保存。</translation>
    </message>
    <message>
        <source>The photo read from the card is incomplete. Place the card again.</source>
        <translation>读取的证件照片不完整，请重新放卡。</translation>
    </message>
    <message>
        <source>The photo decoder could not decode the photo (code %1).</source>
        <translation>照片解码库无法解码照片（代码 %1）。</translation>
    </message>
    <message>
        <source>The photo decoder returned an image that cannot be used.</source>
        <translation>照片解码库返回的图像无法使用。</translation>
    </message>
    <message>
        <source>The photo could not be decoded: no temporary folder is writable.</source>
        <translation>无法解码照片：没有可写的临时文件夹。</translation>
    </message>
    <message>
        <source>The photo decoder reported success but wrote no image.</source>
        <translation>照片解码库报告成功，但未输出图像。</translation>
    </message>
</context>
<context>
    <name>ow::idcard::readOnce</name>
    <message>
        <source>No card was placed on the reader in time.</source>
        <translation>在限定时间内没有放卡。</translation>
    </message>
</context>
<context>
    <name>ow::idcard::sam</name>
    <message>
        <source>The card reader completed the operation.</source>
        <translation>读卡器操作成功。</translation>
    </message>
    <message>
        <source>A card is on the reader.</source>
        <translation>读卡器上有证件。</translation>
    </message>
    <message>
        <source>No card on the reader. Place the ID card flat on the reader.</source>
        <translation>读卡器上没有证件，请将身份证平放在读卡器上。</translation>
    </message>
    <message>
        <source>The card could not be selected. Hold the card still on the reader and try again.</source>
        <translation>选卡失败，请将证件放稳后重试。</translation>
    </message>
    <message>
        <source>The card could not be read. Hold the card still on the reader and try again.</source>
        <translation>读卡失败，请将证件放稳后重试。</translation>
    </message>
    <message>
        <source>The card holds no such information.</source>
        <translation>证件中没有该项信息。</translation>
    </message>
    <message>
        <source>The card reader received a damaged command. Check the cable; the read is retried.</source>
        <translation>读卡器收到的指令已损坏，请检查连接线；系统将自动重读。</translation>
    </message>
    <message>
        <source>The card reader received a command of the wrong length. Check the cable; the read is retried.</source>
        <translation>读卡器收到的指令长度有误，请检查连接线；系统将自动重读。</translation>
    </message>
    <message>
        <source>The card reader does not understand the command. Check that the reader is a resident ID card reader.</source>
        <translation>读卡器无法识别指令，请确认其为居民身份证阅读器。</translation>
    </message>
    <message>
        <source>The card reader refused the command. Lift the card and place it again.</source>
        <translation>读卡器拒绝执行指令，请拿起证件重新放置。</translation>
    </message>
    <message>
        <source>The card failed authentication. It may be damaged or not a genuine ID card; check it by eye.</source>
        <translation>证件认证失败，可能已损坏或不是真实身份证，请人工核验。</translation>
    </message>
    <message>
        <source>The card is not an ID card the reader knows.</source>
        <translation>该证件不是读卡器可识别的身份证件。</translation>
    </message>
    <message>
        <source>The card did not answer the reader. Lift the card and place it again.</source>
        <translation>证件未响应读卡器，请拿起证件重新放置。</translation>
    </message>
    <message>
        <source>The card reader's security module failed its self-test. Restart the reader or call IT support.</source>
        <translation>读卡器安全模块自检失败，请重启读卡器或联系信息技术人员。</translation>
    </message>
    <message>
        <source>The card reader's security module is not authorised. Call IT support.</source>
        <translation>读卡器安全模块未获授权，请联系信息技术人员。</translation>
    </message>
    <message>
        <source>The card reader reported an unknown status (0x%1).</source>
        <translation>读卡器返回未知状态（0x%1）。</translation>
    </message>
</context>
<context>
    <name>ow::intake::CitizenService</name>
    <message>
        <source>The card gave no ID number or no name; read it again.</source>
        <translation>证件未读出号码或姓名，请重新读卡。</translation>
    </message>
    <message>
        <source>The data file is busy; read the card again.</source>
        <translation>数据文件正被占用，请重新读卡。</translation>
    </message>
    <message>
        <source>The citizen could not be saved to the data file. Call IT support.</source>
        <translation>无法将群众信息保存到数据文件，请联系信息技术人员。</translation>
    </message>
</context>
<context>
    <name>ow::intake::IntakeService</name>
    <message>
        <source>The form of %1 in the catalog is broken: %2</source>
        <translation>事项目录中 %1 的表单有误：%2</translation>
    </message>
    <message>
        <source>%1 is a key material: without it the case cannot be accepted.</source>
        <translation>%1是核心材料，缺少该材料不能受理。</translation>
    </message>
    <message>
        <source>%1 cannot be handed in later for this item.</source>
        <translation>本事项不允许容缺后补%1。</translation>
    </message>
    <message>
        <source>The date to hand in %1 lies in the past.</source>
        <translation>补交%1的日期早于今天。</translation>
    </message>
    <message>
        <source>A signed commitment cannot replace %1.</source>
        <translation>%1不能以告知承诺代替。</translation>
    </message>
    <message>
        <source>%1 cannot be handed over this way; choose one of the item's delivery options.</source>
        <translation>%1不能以此方式送达，请选择该事项支持的送达方式。</translation>
    </message>
    <message>
        <source>There is no item %1 in the catalog.</source>
        <translation>事项目录中没有事项 %1。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1: not eligible: %2</source>
        <translation>%1：不符合条件：%2</translation>
    </message>
    <message>
        <source>This PC is not set up as a counter yet (hall and counter number); an administrator sets it up under Settings.</source>
        <translation>本机尚未设置为受理窗口（大厅和窗口号），请管理员在“设置”中设置。</translation>
    </message>
    <message>
        <source>Choose at least one item.</source>
        <translation>请至少选择一个事项。</translation>
    </message>
    <message>
        <source>Read the citizen's card (or enter the ID number) first.</source>
        <translation>请先读取群众的证件（或输入证件号码）。</translation>
    </message>
    <message>
        <source>Enter the address to deliver to.</source>
        <translation>请填写送达地址。</translation>
    </message>
    <message>
        <source>The cases could not be saved to the data file; nothing was accepted. Call IT support.</source>
        <translation>无法将办件保存到数据文件，本次未受理任何办件。请联系信息技术人员。</translation>
    </message>
    <message>
        <source>%1 has no material %2.</source>
        <translation>%1 没有材料 %2。</translation>
    </message>
    <message>
        <source>A one-time notice lists at least one missing material.</source>
        <translation>一次性告知单至少须列出一项缺少的材料。</translation>
    </message>
    <message>
        <source>The notice could not be saved to the data file.</source>
        <translation>无法将告知单保存到数据文件。</translation>
    </message>
</context>
<context>
    <name>ow::paper::NoticeDocument</name>
    <message>
        <source>One-Time Notice of Missing Materials</source>
        <translation>一次性告知单</translation>
    </message>
    <message>
        <source>Counter %1</source>
        <translation>%1号窗口</translation>
    </message>
    <message>
        <source>Notice number</source>
        <translation>告知单编号</translation>
    </message>
    <message>
        <source>Issued at</source>
        <translation>告知时间</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>申请人</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source>Counter</source>
        <translation>窗口</translation>
    </message>
    <message>
        <source>Item applied for</source>
        <translation>申请事项</translation>
    </message>
    <message>
        <source>Dear %1, your application for "%2" cannot be accepted yet because the materials below are missing.</source>
        <translation>%1：您申请办理的“%2”因缺少以下材料，暂不能受理。</translation>
    </message>
    <message>
        <source>Missing materials</source>
        <translation>需补齐的材料</translation>
    </message>
    <message>
        <source>A signed commitment letter is accepted in its place.</source>
        <translation>可签署告知承诺书代替。</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Material</source>
        <translation>材料名称</translation>
    </message>
    <message>
        <source>What is required</source>
        <translation>要求说明</translation>
    </message>
    <message>
        <source>Bring by</source>
        <translation>补交期限</translation>
    </message>
    <message>
        <source>This notice lists every missing material at once. No case has been opened yet: come back once with all of the materials above and your application will be accepted.</source>
        <translation>本单一次性告知您需补齐的全部材料。目前尚未受理立案，请备齐上述全部材料后再来一次，即可为您受理。</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Service hall</source>
        <translation>办事大厅</translation>
    </message>
    <message>
        <source>Clerk (signature):</source>
        <translation>经办人（签字）：</translation>
    </message>
    <message>
        <source>Notice received, applicant (signature):</source>
        <translation>申请人签收（签字）：</translation>
    </message>
</context>
<context>
    <name>ow::paper::PageComposer</name>
    <message>
        <source>%1 - page %2</source>
        <translation>%1 - 第%2页</translation>
    </message>
    <message>
        <source>Address: %1</source>
        <translation>地址：%1</translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation>咨询电话：%1</translation>
    </message>
    <message>
        <source>Opening hours: %1</source>
        <translation>办公时间：%1</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <source>The document could not be rendered.</source>
        <translation>无法生成文档。</translation>
    </message>
    <message>
        <source>The PDF could not be saved to %1: %2</source>
        <translation>无法将 PDF 保存到 %1：%2</translation>
    </message>
</context>
<context>
    <name>ow::paper::QrCode</name>
    <message>
        <source>There is no text to put into the QR code.</source>
        <translation>没有可生成二维码的内容。</translation>
    </message>
    <message>
        <source>The text for the QR code contains a control character that cannot be encoded.</source>
        <translation>二维码内容含有无法编码的控制字符。</translation>
    </message>
    <message>
        <source>The text is too long for a QR code (%1 bytes).</source>
        <translation>内容过长，无法生成二维码（%1 字节）。</translation>
    </message>
    <message>
        <source>The QR code could not be made.</source>
        <translation>无法生成二维码。</translation>
    </message>
</context>
<context>
    <name>ow::paper::ReceiptDocument</name>
    <message>
        <source>Acceptance Receipt</source>
        <translation>受理回执</translation>
    </message>
    <message>
        <source>Missing, to be supplied</source>
        <translation>容缺待补</translation>
    </message>
    <message>
        <source>Commitment letter</source>
        <translation>告知承诺</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>已收取</translation>
    </message>
    <message>
        <source>The result will be delivered to your door by the grid social worker.</source>
        <translation>办理结果由网格社工送达上门。</translation>
    </message>
    <message>
        <source>The result will be delivered to your door by the grid social worker: %1.</source>
        <translation>办理结果由网格社工送达上门：%1。</translation>
    </message>
    <message>
        <source>The result will be sent to you by courier.</source>
        <translation>办理结果将通过快递寄送给您。</translation>
    </message>
    <message>
        <source>The result will be sent by courier to %1.</source>
        <translation>办理结果将通过快递寄送至：%1。</translation>
    </message>
    <message>
        <source>The tracking number will be sent to you by text message when it is dispatched.</source>
        <translation>寄出后将以短信告知快递单号。</translation>
    </message>
    <message>
        <source>Tracking number: %1.</source>
        <translation>快递单号：%1。</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1%2</translation>
    </message>
    <message>
        <source>Collect the result at counter %1 of %2 with this receipt and your ID card.</source>
        <translation>请凭本回执和身份证到%2 %1号窗口领取办理结果。</translation>
    </message>
    <message>
        <source>Collect the result at the counter of %1 with this receipt and your ID card.</source>
        <translation>请凭本回执和身份证到%1窗口领取办理结果。</translation>
    </message>
    <message>
        <source>Counter %1</source>
        <translation>%1号窗口</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>受理编号</translation>
    </message>
    <message>
        <source>Accepted at</source>
        <translation>受理时间</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>申请人</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Counter</source>
        <translation>受理窗口</translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation>受理人</translation>
    </message>
    <message>
        <source>Hall phone</source>
        <translation>咨询电话</translation>
    </message>
    <message>
        <source>Show this code when you collect the result</source>
        <translation>取件时请出示此码</translation>
    </message>
    <message>
        <source>Items accepted</source>
        <translation>受理事项</translation>
    </message>
    <message>
        <source>Instant</source>
        <translation>即办</translation>
    </message>
    <message>
        <source>Issued on the spot</source>
        <translation>当场办结</translation>
    </message>
    <message>
        <source>(estimated)</source>
        <translation>（预计）</translation>
    </message>
    <message>
        <source>%1 working days</source>
        <translation>%1个工作日</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>事项名称</translation>
    </message>
    <message>
        <source>Time limit</source>
        <translation>办结时限</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>承诺办结日期</translation>
    </message>
    <message>
        <source>Issued on the spot: the result is handed over at the counter today.</source>
        <translation>即办件：办理结果当场交付。</translation>
    </message>
    <message>
        <source>Promised completion date: %1</source>
        <translation>承诺办结日期：%1</translation>
    </message>
    <message>
        <source>Materials</source>
        <translation>申请材料</translation>
    </message>
    <message>
        <source>Material</source>
        <translation>材料名称</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>收取情况</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>补交期限</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>The case can be completed only after the missing materials arrive. Please bring them by the due dates above.</source>
        <translation>缺少的材料补齐后方可办结，请在上述补交期限内补交。</translation>
    </message>
    <message>
        <source>How to collect</source>
        <translation>取件方式</translation>
    </message>
    <message>
        <source>Keep this receipt: you need it to collect the result.</source>
        <translation>请妥善保管本回执，领取办理结果时需出示。</translation>
    </message>
    <message>
        <source>Service hall</source>
        <translation>办事大厅</translation>
    </message>
    <message>
        <source>Clerk (signature):</source>
        <translation>受理人（签字）：</translation>
    </message>
    <message>
        <source>Applicant (signature):</source>
        <translation>申请人（签字）：</translation>
    </message>
</context>
<context>
    <name>ow::photo::AttachmentStore</name>
    <message>
        <source>The folder for photos cannot be created next to the data file.</source>
        <translation>无法在数据文件旁创建照片文件夹。</translation>
    </message>
    <message>
        <source>The photo could not be saved (%1). Is the disk full?</source>
        <translation>无法保存照片（%1）。磁盘是否已满？</translation>
    </message>
    <message>
        <source>The photo could not be recorded in the data file.</source>
        <translation>无法在数据文件中登记照片。</translation>
    </message>
    <message>
        <source>There is no such photo or scan in the data file.</source>
        <translation>数据文件中没有该照片或扫描件。</translation>
    </message>
    <message>
        <source>The photo file is missing (%1). Take the photo again.</source>
        <translation>照片文件缺失（%1），请重新拍照。</translation>
    </message>
    <message>
        <source>The photo file is damaged (%1). Take the photo again.</source>
        <translation>照片文件已损坏（%1），请重新拍照。</translation>
    </message>
</context>
<context>
    <name>ow::photo::CaptureSettings</name>
    <message>
        <source>The document camera folder %1 does not exist. Check the path, or that the network drive is connected.</source>
        <translation>高拍仪文件夹 %1 不存在。请检查路径，或网络驱动器是否已连接。</translation>
    </message>
    <message>
        <source>%1 is not a folder this program can read.</source>
        <translation>%1 不是本程序可读取的文件夹。</translation>
    </message>
</context>
<context>
    <name>ow::photo::PhotoProcessor</name>
    <message>
        <source>There is no picture: the file is not an image, or the camera gave none.</source>
        <translation>没有图像：文件不是图片，或摄像头未返回图像。</translation>
    </message>
    <message>
        <source>The photo is too small (%1 x %2 pixels; at least %3 x %4 are needed). Take it closer or with the camera's full resolution.</source>
        <translation>照片太小（%1 × %2 像素，至少需要 %3 × %4）。请靠近拍摄或使用摄像头的最高分辨率。</translation>
    </message>
    <message>
        <source>The photo is too dark. Turn on the counter light or move the citizen towards it.</source>
        <translation>照片太暗。请打开窗口照明或请群众靠近光源。</translation>
    </message>
    <message>
        <source>The photo is too bright. Avoid direct light and the white wall behind the citizen.</source>
        <translation>照片太亮。请避免强光直射和身后的白墙反光。</translation>
    </message>
    <message>
        <source>The photo is blurred. Hold the camera still and let it focus, then take it again.</source>
        <translation>照片模糊。请稳住摄像头、等待对焦后重拍。</translation>
    </message>
    <message>
        <source>There is no picture to save.</source>
        <translation>没有可保存的图像。</translation>
    </message>
    <message>
        <source>The photo does not fit in %1 KB even at low quality; crop it closer.</source>
        <translation>照片即使降低质量也超过 %1 KB，请裁剪得更紧凑。</translation>
    </message>
</context>
<context>
    <name>ow::photo::ScanBatch</name>
    <message>
        <source>This picture is already page %1 of the list.</source>
        <translation>该图片已是列表中的第 %1 页。</translation>
    </message>
    <message>
        <source>The camera gave no picture. Try again.</source>
        <translation>摄像头没有传来画面，请重试。</translation>
    </message>
    <message>
        <source>The page could not be kept as a picture.</source>
        <translation>无法将该页保存为图片。</translation>
    </message>
    <message>
        <source>%1 is not a picture this program can read.</source>
        <translation>%1 不是本程序可读取的图片。</translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
</context>
<context>
    <name>ow::photo::ScanService</name>
    <message>
        <source>Choose the case and the material the pages belong to.</source>
        <translation>请选择页面所属的办件和材料。</translation>
    </message>
    <message>
        <source>There are no pages to save. Capture or import the pages first.</source>
        <translation>没有可保存的页面。请先拍摄或导入页面。</translation>
    </message>
    <message>
        <source>Page %1 could not be saved: %2 The pages not saved are still in the list.</source>
        <translation>第 %1 页保存失败：%2 未保存的页面仍在列表中。</translation>
    </message>
    <message>
        <source>Page %1 cannot be shown: %2. Scan it again.</source>
        <translation>第 %1 页无法显示：%2。请重新扫描。</translation>
    </message>
    <message>
        <source>stored</source>
        <translation>已保存</translation>
    </message>
    <message>
        <source>file missing</source>
        <translation>文件缺失</translation>
    </message>
    <message>
        <source>file damaged</source>
        <translation>文件已损坏</translation>
    </message>
</context>
<context>
    <name>ow::photo::WatchedFolder</name>
    <message>
        <source>No document camera folder is set. An administrator sets it on the Settings page.</source>
        <translation>尚未设置高拍仪文件夹。请管理员在“设置”页面中设置。</translation>
    </message>
    <message>
        <source>The document camera folder %1 cannot be read. Check that it exists and the network drive is connected.</source>
        <translation>无法读取高拍仪文件夹 %1。请检查该文件夹是否存在、网络驱动器是否已连接。</translation>
    </message>
    <message>
        <source>The document camera folder %1 cannot be read any more. Check that the network drive is connected; pictures are taken again once it is back.</source>
        <translation>高拍仪文件夹 %1 已无法读取。请检查网络驱动器是否已连接；恢复后将继续获取图片。</translation>
    </message>
    <message>
        <source>%1 from the document camera is not a picture this program can read (damaged or not finished). Take the picture again.</source>
        <translation>高拍仪传来的 %1 不是本程序可读取的图片（已损坏或未写完）。请重新拍摄。</translation>
    </message>
</context>
<context>
    <name>ow::queue::Announcement</name>
    <message>
        <source>Number %1, please go to counter %2.</source>
        <translation>请 %1 号到 %2 号窗口办理</translation>
    </message>
</context>
<context>
    <name>ow::queue::Appointment</name>
    <message>
        <source>An appointment has no uuid.</source>
        <translation>有一条预约没有 uuid。</translation>
    </message>
    <message>
        <source>Appointment %1 needs slot_start and slot_end, the end after the start.</source>
        <translation>预约 %1 需要 slot_start 和 slot_end，且结束时间晚于开始时间。</translation>
    </message>
    <message>
        <source>The booking code of appointment %1 must be 6 digits.</source>
        <translation>预约 %1 的预约码必须是 6 位数字。</translation>
    </message>
    <message>
        <source>Appointment %1 needs an ID number or a booking code, or nobody can check it in.</source>
        <translation>预约 %1 需要身份证号码或预约码，否则无人能签到。</translation>
    </message>
    <message>
        <source>The state of appointment %1 must be booked, checked_in or cancelled.</source>
        <translation>预约 %1 的状态必须是 booked、checked_in 或 cancelled。</translation>
    </message>
</context>
<context>
    <name>ow::queue::CounterQueueSettings</name>
    <message>
        <source>The hall queue host must be an address like ws://192.168.1.10:8765.</source>
        <translation>叫号主机地址格式应为 ws://192.168.1.10:8765。</translation>
    </message>
    <message>
        <source>Categories are ticket letters separated by commas, like A, B.</source>
        <translation>业务类别请填写号码字母，用逗号分隔，如 A, B。</translation>
    </message>
    <message>
        <source>The hall queue settings could not be saved to the data file.</source>
        <translation>大厅叫号设置无法保存到数据文件。</translation>
    </message>
    <message>
        <source>The volume must be 0 to 100 and the repeats 1 to %1.</source>
        <translation>音量应为 0 至 100，播报次数应为 1 至 %1。</translation>
    </message>
    <message>
        <source>The hall key was changed, but the change could not be recorded in the data file.</source>
        <translation>大厅密钥已更改，但此次更改未能记入数据文件。</translation>
    </message>
</context>
<context>
    <name>ow::queue::LocalRange</name>
    <message>
        <source>Set this counter's number in Settings before serving without the hall host.</source>
        <translation>请先在“设置”中填写本窗口的编号，才能在没有叫号主机时接待。</translation>
    </message>
    <message>
        <source>A number of this counter's own range could not be saved in the data file.</source>
        <translation>本窗口自有号段的号码无法保存到数据文件。</translation>
    </message>
    <message>
        <source>This counter is not serving that walk-in any more.</source>
        <translation>本窗口已不在接待这位办事群众。</translation>
    </message>
    <message>
        <source>The walk-ins served without the hall host could not be read from the data file.</source>
        <translation>无法从数据文件读取叫号主机断开期间接待的记录。</translation>
    </message>
    <message>
        <source>The hand-over to the hall host could not be recorded in the data file.</source>
        <translation>向叫号主机移交的记录无法写入数据文件。</translation>
    </message>
</context>
<context>
    <name>ow::queue::QueueClient</name>
    <message>
        <source>The connection to the hall host was closed.</source>
        <translation>与叫号主机的连接已关闭。</translation>
    </message>
    <message>
        <source>The hall host refused the hall key.</source>
        <translation>叫号主机拒绝了大厅密钥。</translation>
    </message>
    <message>
        <source>The hall host at %1 cannot be reached: %2</source>
        <translation>无法连接位于 %1 的叫号主机：%2</translation>
    </message>
    <message>
        <source>The program at %1 is not this hall's host: it does not know the hall key.</source>
        <translation>%1 上的程序不是本大厅的叫号主机：它不知道大厅密钥。</translation>
    </message>
    <message>
        <source>There is no connection to the hall host.</source>
        <translation>没有连接到叫号主机。</translation>
    </message>
    <message>
        <source>The hall host did not answer in time.</source>
        <translation>叫号主机没有及时应答。</translation>
    </message>
    <message>
        <source>The hall host at %1 did not answer in time.</source>
        <translation>位于 %1 的叫号主机没有及时应答。</translation>
    </message>
</context>
<context>
    <name>ow::queue::QueueHost</name>
    <message>
        <source>The hall host cannot listen on %1 port %2: %3</source>
        <translation>叫号主机无法在 %1 的端口 %2 上监听：%3</translation>
    </message>
    <message>
        <source>The hall host is shutting down.</source>
        <translation>叫号主机正在关闭。</translation>
    </message>
    <message>
        <source>The hall key was not shown in time.</source>
        <translation>没有及时出示大厅密钥。</translation>
    </message>
    <message>
        <source>The hall host could not write to its queue file. Ask IT support to check the hall PC's disk.</source>
        <translation>叫号主机无法写入排队数据文件。请联系信息技术支持检查大厅电脑的磁盘。</translation>
    </message>
    <message>
        <source>The hall key is wrong; check the key set on this counter.</source>
        <translation>大厅密钥不正确，请检查本窗口设置的密钥。</translation>
    </message>
    <message>
        <source>Say which counter (1 to 999) this is.</source>
        <translation>请说明是哪个窗口（1 到 999）。</translation>
    </message>
    <message>
        <source>The hall host does not know the request %1; update this program.</source>
        <translation>叫号主机不认识请求 %1，请更新本程序。</translation>
    </message>
    <message>
        <source>Only a counter or the command line may put appointments.</source>
        <translation>只有窗口或命令行可以写入预约。</translation>
    </message>
    <message>
        <source>There is no appointment for today.</source>
        <translation>今天没有预约。</translation>
    </message>
    <message>
        <source>Too many wrong booking codes were typed. Please ask at a counter.</source>
        <translation>预约码输错次数过多，请到窗口咨询。</translation>
    </message>
</context>
<context>
    <name>ow::queue::QueueRules</name>
    <message>
        <source>aged 70 or more</source>
        <translation>70 周岁及以上</translation>
    </message>
    <message>
        <source>disability certificate</source>
        <translation>持残疾人证</translation>
    </message>
    <message>
        <source>appointment</source>
        <translation>预约</translation>
    </message>
    <message>
        <source>priority</source>
        <translation>优先</translation>
    </message>
    <message>
        <source>Transferred from counter %1; it kept its place in line.</source>
        <translation>由 %1 号窗口转来，保留原排队位置。</translation>
    </message>
    <message>
        <source>Appointment at %1: its slot has come, so it goes before the line.</source>
        <translation>预约时间 %1：已到预约时段，优先于排队叫号。</translation>
    </message>
    <message>
        <source>Ordinary ticket waiting since %1, called after %2 priority calls in a row (at most %3 in a row).</source>
        <translation>普通号自 %1 起等候，已连续叫了 %2 个优先号（最多连续 %3 个），故叫此号。</translation>
    </message>
    <message>
        <source>Priority (%1), waiting since %2.</source>
        <translation>优先（%1），自 %2 起等候。</translation>
    </message>
    <message>
        <source>First in line, waiting since %1.</source>
        <translation>排在最前，自 %1 起等候。</translation>
    </message>
</context>
<context>
    <name>ow::queue::QueueStore</name>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>%1 is not a queue file of a OneWindow hall host; it was left as it is.</source>
        <translation>%1 不是一窗通叫号主机的排队数据文件，已保持原样。</translation>
    </message>
    <message>
        <source>The queue file %1 cannot be opened: %2</source>
        <translation>无法打开排队数据文件 %1：%2</translation>
    </message>
    <message>
        <source>The queue file cannot be prepared: %1</source>
        <translation>无法准备排队数据文件：%1</translation>
    </message>
    <message>
        <source>The queue file %1 was written by a newer version of OneWindow; install that version.</source>
        <translation>排队数据文件 %1 由更新版本的一窗通写入，请安装该版本。</translation>
    </message>
    <message>
        <source>The queue file could not be updated to the new version and was left as it was.</source>
        <translation>排队数据文件无法升级到新版本，已保持原样。</translation>
    </message>
    <message>
        <source>The categories file %1 cannot be read.</source>
        <translation>无法读取业务类别文件 %1。</translation>
    </message>
    <message>
        <source>The categories file %1 must hold a list of {"code": "A", "name": "..."}.</source>
        <translation>业务类别文件 %1 应为 {"code": "A", "name": "..."} 的列表。</translation>
    </message>
    <message>
        <source>In %1, every category needs a name and its own code of one capital letter (A to Z).</source>
        <translation>%1 中每个业务类别都需要名称，以及各自不同的一个大写字母代码（A 到 Z）。</translation>
    </message>
    <message>
        <source>The categories file %1 lists no category.</source>
        <translation>业务类别文件 %1 中没有任何类别。</translation>
    </message>
    <message>
        <source>The categories could not be saved in the queue file.</source>
        <translation>业务类别无法保存到排队数据文件。</translation>
    </message>
    <message>
        <source>The hall host could not write to its queue file. Ask IT support to check the hall PC's disk.</source>
        <translation>叫号主机无法写入排队数据文件。请联系信息技术支持检查大厅电脑的磁盘。</translation>
    </message>
    <message>
        <source>There is no category %1 in this hall; choose one of %2.</source>
        <translation>本大厅没有业务类别 %1，请从 %2 中选择。</translation>
    </message>
    <message>
        <source>The counter number must be between 1 and 999.</source>
        <translation>窗口编号必须在 1 到 999 之间。</translation>
    </message>
    <message>
        <source>Counter %1 is paused; resume it before calling.</source>
        <translation>%1 号窗口已暂停，请先恢复再叫号。</translation>
    </message>
    <message>
        <source>Nobody is waiting for this counter.</source>
        <translation>本窗口没有等候的群众。</translation>
    </message>
    <message>
        <source>Counter %1 has no called ticket to call again.</source>
        <translation>%1 号窗口没有可重呼的号码。</translation>
    </message>
    <message>
        <source>Counter %1 has no called ticket.</source>
        <translation>%1 号窗口没有已叫的号码。</translation>
    </message>
    <message>
        <source>There is no category %1 in this hall.</source>
        <translation>本大厅没有业务类别 %1。</translation>
    </message>
    <message>
        <source>Transfer to another category or to another counter.</source>
        <translation>请转到其他业务类别或其他窗口。</translation>
    </message>
    <message>
        <source>There is no ticket %1 today.</source>
        <translation>今天没有 %1 号。</translation>
    </message>
    <message>
        <source>A rating is a number from 1 (very dissatisfied) to 5 (very satisfied).</source>
        <translation>评价是 1（非常不满意）到 5（非常满意）的数字。</translation>
    </message>
    <message>
        <source>The hand-over names no batch or counter.</source>
        <translation>移交记录没有注明批次或窗口。</translation>
    </message>
    <message>
        <source>Served from counter %1's own range while the hall host was unreachable.</source>
        <translation>叫号主机无法连接期间，由 %1 号窗口以自有号段接待。</translation>
    </message>
    <message>
        <source>The appointments could not be saved in the queue file.</source>
        <translation>预约未能保存到叫号数据文件。</translation>
    </message>
    <message>
        <source>There is no appointment for today with this ID card.</source>
        <translation>这张身份证今天没有预约。</translation>
    </message>
    <message>
        <source>There is no appointment for today with the booking code %1.</source>
        <translation>预约码 %1 今天没有预约。</translation>
    </message>
    <message>
        <source>Your appointment is at %1. Check-in opens %2 minutes before it.</source>
        <translation>您的预约时间是 %1，可在预约前 %2 分钟内签到。</translation>
    </message>
    <message>
        <source>Your appointment at %1 has passed. Please take a ticket for your service.</source>
        <translation>您 %1 的预约已过时，请按所办事项取号。</translation>
    </message>
</context>
<context>
    <name>ow::queue::ServiceRatings</name>
    <message>
        <source>A rating is one of the five choices, from very dissatisfied to very satisfied.</source>
        <translation>评价须为“非常不满意”到“非常满意”五档之一。</translation>
    </message>
    <message>
        <source>The rating could not be saved with the cases in the data file.</source>
        <translation>评价无法随办件保存到数据文件。</translation>
    </message>
</context>
<context>
    <name>ow::supervision::BacklogQuery</name>
    <message>
        <source>item %1</source>
        <translation>事项 %1</translation>
    </message>
    <message>
        <source>state %1</source>
        <translation>状态 %1</translation>
    </message>
    <message>
        <source>counter %1</source>
        <translation>%1 号窗口</translation>
    </message>
    <message>
        <source>hall %1</source>
        <translation>大厅 %1</translation>
    </message>
    <message>
        <source>one clerk</source>
        <translation>指定工作人员</translation>
    </message>
    <message>
        <source>due within %1 working days</source>
        <translation>%1 个工作日内到期</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>已超期</translation>
    </message>
    <message>
        <source>awaiting materials</source>
        <translation>待补材料</translation>
    </message>
    <message>
        <source>delivery pending</source>
        <translation>待送达</translation>
    </message>
    <message>
        <source>All open cases</source>
        <translation>全部在办件</translation>
    </message>
    <message>
        <source>Open cases: %1</source>
        <translation>在办件：%1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>ow::supervision::DecisionService</name>
    <message>
        <source>Approve</source>
        <translation>审批通过</translation>
    </message>
    <message>
        <source>Return for more material</source>
        <translation>退回补正材料</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>不予批准</translation>
    </message>
    <message>
        <source>Reassign to another clerk</source>
        <translation>改派其他工作人员</translation>
    </message>
    <message>
        <source>Your application %1 (%2) has been approved. We will tell you when the result is ready.</source>
        <translation>您的申请 %1（%2）已审批通过，办结后将另行通知您领取。</translation>
    </message>
    <message>
        <source>Your application %1 (%2) needs more material: %3. Please bring it to the service hall by %4. Reason: %5</source>
        <translation>您的申请 %1（%2）需补正材料：%3。请于 %4 前携带至服务大厅。原因：%5</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Your application %1 (%2) has been rejected. Reason: %3</source>
        <translation>您的申请 %1（%2）未予批准。原因：%3</translation>
    </message>
    <message>
        <source>Only a supervisor or an administrator can decide on cases; you are logged in as %1.</source>
        <translation>只有科长或管理员可以审批办件；您当前的身份是%1。</translation>
    </message>
    <message>
        <source>There is no case %1 at this counter.</source>
        <translation>本窗口没有办件 %1。</translation>
    </message>
    <message>
        <source>Give the reason for the reassignment.</source>
        <translation>请填写改派原因。</translation>
    </message>
    <message>
        <source>Give the reason for the decision; the citizen is told it.</source>
        <translation>请填写审批意见，该意见将告知申请人。</translation>
    </message>
    <message>
        <source>Case %1 is issued on the spot; only cases with a promised time limit are decided in the back office.</source>
        <translation>办件 %1 为即办件；只有承诺件由后台审批。</translation>
    </message>
    <message>
        <source>Case %1 is %2 and no longer waits for a decision.</source>
        <translation>办件 %1 的状态为“%2”，已无需审批。</translation>
    </message>
    <message>
        <source>Case %1 still waits for: %2. Record them as received before approving.</source>
        <translation>办件 %1 仍缺材料：%2。请先登记收到材料再审批通过。</translation>
    </message>
    <message>
        <source>Name the materials the citizen has to bring.</source>
        <translation>请写明申请人需补正的材料。</translation>
    </message>
    <message>
        <source>Taken into review for a decision</source>
        <translation>转入审核，待审批</translation>
    </message>
    <message>
        <source>Returned for more material: %1</source>
        <translation>退回补正材料：%1</translation>
    </message>
    <message>
        <source>The decision on case %1 could not be saved; open the case again.</source>
        <translation>办件 %1 的审批结果未能保存，请重新打开该办件。</translation>
    </message>
    <message>
        <source>Choose the clerk who takes case %1.</source>
        <translation>请选择接办办件 %1 的工作人员。</translation>
    </message>
    <message>
        <source>Reassigned to %1</source>
        <translation>改派给 %1</translation>
    </message>
    <message>
        <source>Case %1 changed meanwhile or could not be saved; open it again.</source>
        <translation>办件 %1 已被修改或无法保存，请重新打开。</translation>
    </message>
</context>
<context>
    <name>ow::supervision::Export</name>
    <message>
        <source>Delivery by grid worker</source>
        <translation>网格员送达</translation>
    </message>
    <message>
        <source>Courier</source>
        <translation>快递</translation>
    </message>
    <message>
        <source>Pickup at the counter</source>
        <translation>窗口领取</translation>
    </message>
    <message>
        <source>The file %1 could not be written: %2.</source>
        <translation>无法写入文件 %1：%2。</translation>
    </message>
    <message>
        <source>Exports hold personal data and need a supervisor or an administrator; you are logged in as %1.</source>
        <translation>导出内容含个人信息，需由科长或管理员操作；您当前的身份是%1。</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>办件编号</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Citizen</source>
        <translation>申请人</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>受理时间</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>办结期限</translation>
    </message>
    <message>
        <source>Working days overdue</source>
        <translation>超期工作日</translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation>窗口人员</translation>
    </message>
    <message>
        <source>Counter</source>
        <translation>窗口</translation>
    </message>
    <message>
        <source>Awaited materials</source>
        <translation>待补材料</translation>
    </message>
    <message>
        <source>Collection</source>
        <translation>领取方式</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>%1 (pending)</source>
        <translation>%1（待送达）</translation>
    </message>
    <message>
        <source>The export could not be logged, so it was removed. Try again.</source>
        <translation>导出未能记入日志，文件已删除。请重试。</translation>
    </message>
    <message>
        <source>Backlog of open cases</source>
        <translation>在办件清单</translation>
    </message>
    <message>
        <source>%1, printed %2</source>
        <translation>%1，打印于 %2</translation>
    </message>
    <message>
        <source>As of %1: %2 open cases.</source>
        <translation>截至 %1：在办件 %2 件。</translation>
    </message>
    <message>
        <source>Only the first %1 cases by deadline are printed; export CSV for every case.</source>
        <translation>仅按期限打印前 %1 件；全部办件请导出 CSV。</translation>
    </message>
    <message>
        <source>%1 days overdue</source>
        <translation>超期 %1 个工作日</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>统计期间</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>办件</translation>
    </message>
    <message>
        <source>Share issued on the spot</source>
        <translation>即办件占比</translation>
    </message>
    <message>
        <source>Decision time, instant items: average hours</source>
        <translation>即办件办结用时：平均（小时）</translation>
    </message>
    <message>
        <source>90th percentile hours</source>
        <translation>90% 分位（小时）</translation>
    </message>
    <message>
        <source>Decision time, promised items: average hours</source>
        <translation>承诺件办结用时：平均（小时）</translation>
    </message>
    <message>
        <source>Issued on the spot</source>
        <translation>即办</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>已办结</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已超期</translation>
    </message>
    <message>
        <source>Average hours</source>
        <translation>平均用时（小时）</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>叫号</translation>
    </message>
    <message>
        <source>No queue data</source>
        <translation>暂无排队数据</translation>
    </message>
    <message>
        <source>Queue tickets</source>
        <translation>取号数</translation>
    </message>
    <message>
        <source>Waiting minutes: average</source>
        <translation>等候时间（分钟）：平均</translation>
    </message>
    <message>
        <source>90th percentile</source>
        <translation>90% 分位</translation>
    </message>
    <message>
        <source>Service minutes: average</source>
        <translation>办理时间（分钟）：平均</translation>
    </message>
    <message>
        <source>Rating %1</source>
        <translation>评价 %1 星</translation>
    </message>
</context>
<context>
    <name>ow::supervision::PersonalData</name>
    <message>
        <source>There is no case %1 at this counter.</source>
        <translation>本窗口没有办件 %1。</translation>
    </message>
    <message>
        <source>The full ID number is shown only when the view can be logged, and logging failed.</source>
        <translation>完整证件号码只能在查看记录写入日志后显示，而日志写入失败。</translation>
    </message>
</context>
<context>
    <name>ow::supervision::RemoteBacklogSource</name>
    <message>
        <source>District server: this counter has no district access; only this hall's cases are shown.</source>
        <translation>区级服务器：本窗口没有区级访问权限，仅显示本大厅的办件。</translation>
    </message>
    <message>
        <source>District server: log in online at this counter as a supervisor to see the other halls' cases.</source>
        <translation>区级服务器：请以主管身份在本窗口联网登录，才能查看其他大厅的办件。</translation>
    </message>
    <message>
        <source>District server: not reachable now; only this hall's cases are shown.</source>
        <translation>区级服务器：当前无法连接，仅显示本大厅的办件。</translation>
    </message>
    <message>
        <source>District server: its answer was not understood; only this hall's cases are shown.</source>
        <translation>区级服务器：无法识别其应答，仅显示本大厅的办件。</translation>
    </message>
</context>
<context>
    <name>ow::supervision::Statistics</name>
    <message>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 小时</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 天</translation>
    </message>
    <message>
        <source>Counter %1</source>
        <translation>%1 号窗口</translation>
    </message>
    <message>
        <source>(no clerk: taken by the command line)</source>
        <translation>（无工作人员：命令行受理）</translation>
    </message>
</context>
<context>
    <name>ow::sync::DistrictClient</name>
    <message>
        <source>The district server address "%1" is not usable; write it like https://district.example.cn or http://10.1.2.3:8480.</source>
        <translation>区级服务器地址“%1”不可用；请按 https://district.example.cn 或 http://10.1.2.3:8480 的格式填写。</translation>
    </message>
</context>
<context>
    <name>ow::sync::Enrollment</name>
    <message>
        <source>Enter the enrolment code the district gave for this hall.</source>
        <translation>请输入区级为本大厅发放的注册码。</translation>
    </message>
    <message>
        <source>Set this counter's number first (Settings, or onewindow-cli hall set).</source>
        <translation>请先设置本窗口的窗口号（设置页，或 onewindow-cli hall set）。</translation>
    </message>
    <message>
        <source>This counter cannot be enrolled: %1</source>
        <translation>本窗口无法注册：%1</translation>
    </message>
    <message>
        <source>The district server at %1 cannot be reached. Check the address and the network, then try again; the code stays valid.</source>
        <translation>无法连接 %1 的区级服务器。请检查地址和网络后重试；注册码仍然有效。</translation>
    </message>
    <message>
        <source>The district does not accept the code %1: it is unknown, used already or expired. Ask the district for a new enrolment code.</source>
        <translation>区级不接受注册码 %1：该码不存在、已被使用或已过期。请向区级申请新的注册码。</translation>
    </message>
    <message>
        <source>The district server refused the enrolment (%1). Ask the district's IT staff.</source>
        <translation>区级服务器拒绝了注册（%1）。请联系区级信息技术人员。</translation>
    </message>
    <message>
        <source>The counter was enrolled, but its access token could not be kept: %1 Ask the district for a new code and enrol again.</source>
        <translation>本窗口已注册，但无法保存访问令牌：%1 请向区级申请新的注册码后重新注册。</translation>
    </message>
    <message>
        <source>The enrolment could not be saved to the data file. Enrol again with a new code.</source>
        <translation>注册信息无法保存到数据文件。请使用新的注册码重新注册。</translation>
    </message>
</context>
<context>
    <name>ow::sync::SyncEngine</name>
    <message>
        <source>The sync was stopped because the program is closing.</source>
        <translation>程序正在关闭，同步已停止。</translation>
    </message>
    <message>
        <source>The district server cannot be reached; the counter keeps working and syncs when it is back.</source>
        <translation>无法连接区级服务器；本窗口照常办理，恢复连接后自动同步。</translation>
    </message>
    <message>
        <source>The district no longer accepts this counter (its enrolment was revoked or replaced). Enrol it again in Settings.</source>
        <translation>区级已不再接受本窗口（注册已被撤销或替换）。请在设置中重新注册。</translation>
    </message>
    <message>
        <source>The district server address has moved (%1). Ask the district for its address and enrol again.</source>
        <translation>区级服务器地址已变更（%1）。请向区级确认新地址后重新注册。</translation>
    </message>
    <message>
        <source>The district server has a problem (%1); the counter tries again later.</source>
        <translation>区级服务器出现问题（%1）；本窗口稍后自动重试。</translation>
    </message>
    <message>
        <source>The district server gave an answer this counter does not understand.</source>
        <translation>区级服务器返回了本窗口无法识别的应答。</translation>
    </message>
    <message>
        <source>The district refused part of the outbox (%1); it stays waiting and is shown under sync problems if it does not go through.</source>
        <translation>区级拒收了部分待同步数据（%1）；这些数据继续等待，若仍无法同步将显示在同步问题中。</translation>
    </message>
    <message>
        <source>The answers of the district could not be saved to the data file.</source>
        <translation>区级的应答无法保存到数据文件。</translation>
    </message>
    <message>
        <source>The district refused to send its changes (%1).</source>
        <translation>区级拒绝发送其变更（%1）。</translation>
    </message>
    <message>
        <source>The changes from the district could not be saved to the data file.</source>
        <translation>区级的变更无法保存到数据文件。</translation>
    </message>
    <message>
        <source>The district refused to lease numbers (%1).</source>
        <translation>区级拒绝分配证书编号（%1）。</translation>
    </message>
    <message>
        <source>A leased number block could not be saved to the data file.</source>
        <translation>区级分配的编号段无法保存到数据文件。</translation>
    </message>
</context>
<context>
    <name>ow::sync::SyncService</name>
    <message>
        <source>This counter is not enrolled with a district server.</source>
        <translation>本窗口尚未在区级服务器注册。</translation>
    </message>
    <message>
        <source>The district access token of this counter is missing from the system keyring. Enrol the counter again.</source>
        <translation>系统密钥环中缺少本窗口的区级访问令牌。请重新注册本窗口。</translation>
    </message>
</context>
<context>
    <name>ow::sync::SyncSettings</name>
    <message>
        <source>Offline logins may last 1 to %1 days.</source>
        <translation>离线登录有效期为 1 至 %1 天。</translation>
    </message>
    <message>
        <source>The setting could not be saved to the data file.</source>
        <translation>无法将设置保存到数据文件。</translation>
    </message>
    <message>
        <source>The lease size must be 1 to 100000 numbers and above the low-water mark.</source>
        <translation>每次申请的编号数须为 1 至 100000，且大于补充下限。</translation>
    </message>
</context>
<context>
    <name>ow::sync::SyncStatus</name>
    <message>
        <source>Offline (not enrolled with the district)</source>
        <translation>离线（未在区级平台注册）</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>在线</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>离线</translation>
    </message>
    <message>
        <source>Sync queue unreadable</source>
        <translation>同步队列无法读取</translation>
    </message>
    <message>
        <source>Waiting to sync: %1</source>
        <translation>待同步：%1 条</translation>
    </message>
    <message>
        <source>Online, last sync %1</source>
        <translation>在线，上次同步 %1</translation>
    </message>
    <message>
        <source>Offline, last sync %1</source>
        <translation>离线，上次同步 %1</translation>
    </message>
    <message>
        <source>Waiting to sync: %1, photos: %2</source>
        <translation>待同步：%1 条，照片：%2 张</translation>
    </message>
    <message>
        <source>Sync problems: %1</source>
        <translation>同步问题：%1</translation>
    </message>
    <message>
        <source>Case %1</source>
        <translation>办件 %1</translation>
    </message>
    <message>
        <source>Citizen record %1</source>
        <translation>群众信息 %1</translation>
    </message>
    <message>
        <source>Certificate %1</source>
        <translation>证书 %1</translation>
    </message>
    <message>
        <source>Photo or scan %1</source>
        <translation>照片或扫描件 %1</translation>
    </message>
    <message>
        <source>Material of a case (%1)</source>
        <translation>办件材料（%1）</translation>
    </message>
    <message>
        <source>Record %1 %2</source>
        <translation>记录 %1 %2</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>冲突</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>被拒绝</translation>
    </message>
    <message>
        <source>Someone else changed this record at the district first. A supervisor decides which version is right.</source>
        <translation>区级已先有他人修改了这条记录。请由科长判断哪个版本正确。</translation>
    </message>
    <message>
        <source>The district already has a record with this identity. A supervisor checks which one is right.</source>
        <translation>区级已有相同标识的记录。请由科长核实哪条正确。</translation>
    </message>
    <message>
        <source>The record belongs to another hall; only that hall can change it.</source>
        <translation>该记录属于其他大厅，只有该大厅可以修改。</translation>
    </message>
    <message>
        <source>The district does not know the record this change refers to.</source>
        <translation>区级没有这条变更所指的记录。</translation>
    </message>
    <message>
        <source>The district cannot read this change (%1). Call IT support; the record stays on this counter.</source>
        <translation>区级无法识别这条变更（%1）。请联系技术支持；记录保留在本窗口。</translation>
    </message>
    <message>
        <source>No reason given.</source>
        <translation>未说明原因。</translation>
    </message>
    <message>
        <source>waiting to be sent to the district</source>
        <translation>等待上传到区级</translation>
    </message>
    <message>
        <source>sent to the district</source>
        <translation>已上传到区级</translation>
    </message>
    <message>
        <source>rejected by the district; see the sync problems</source>
        <translation>被区级拒收，请查看同步问题</translation>
    </message>
    <message>
        <source>conflict at the district; see the sync problems</source>
        <translation>与区级数据冲突，请查看同步问题</translation>
    </message>
    <message>
        <source>kept on this counter only</source>
        <translation>仅保存在本窗口</translation>
    </message>
</context>
<context>
    <name>ow::ui::BacklogModel</name>
    <message>
        <source>%1 (estimated)</source>
        <translation>%1（估算）</translation>
    </message>
    <message numerus="yes">
        <source>%n working day(s) overdue</source>
        <translation><numerusform>超期 %n 个工作日</numerusform></translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>今日到期</translation>
    </message>
    <message numerus="yes">
        <source>%n working day(s) left</source>
        <translation><numerusform>剩余 %n 个工作日</numerusform></translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Pickup</source>
        <translation>窗口领取</translation>
    </message>
    <message>
        <source>%1, pending</source>
        <translation>%1，待送达</translation>
    </message>
    <message>
        <source>Courier</source>
        <translation>快递</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>上门送达</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>办结期限</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>剩余时限</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>办件编号</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Citizen</source>
        <translation>申请人</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation>窗口人员</translation>
    </message>
    <message>
        <source>Counter</source>
        <translation>窗口</translation>
    </message>
    <message>
        <source>Awaited materials</source>
        <translation>待补材料</translation>
    </message>
    <message>
        <source>Collection</source>
        <translation>领取方式</translation>
    </message>
</context>
<context>
    <name>ow::ui::BacklogPage</name>
    <message>
        <source>Open cases</source>
        <translation>在办件</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>统计</translation>
    </message>
    <message>
        <source>All items</source>
        <translation>全部事项</translation>
    </message>
    <message>
        <source>All open states</source>
        <translation>全部在办状态</translation>
    </message>
    <message>
        <source>All clerks</source>
        <translation>全部工作人员</translation>
    </message>
    <message>
        <source>All counters</source>
        <translation>全部窗口</translation>
    </message>
    <message>
        <source>All halls</source>
        <translation>全部大厅</translation>
    </message>
    <message>
        <source>Due within</source>
        <translation>到期时间在</translation>
    </message>
    <message>
        <source> working days</source>
        <translation> 个工作日内</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已超期</translation>
    </message>
    <message>
        <source>Awaiting materials</source>
        <translation>待补材料</translation>
    </message>
    <message>
        <source>Delivery pending</source>
        <translation>待送达</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>清除筛选</translation>
    </message>
    <message>
        <source>&amp;Decide...</source>
        <translation>审批(&amp;D)...</translation>
    </message>
    <message>
        <source>Approve, return for more material, reject or reassign the case</source>
        <translation>审批通过、退回补正、不予批准或改派办件</translation>
    </message>
    <message>
        <source>Decisions are for supervisors.</source>
        <translation>审批由科长办理。</translation>
    </message>
    <message>
        <source>&amp;Open case</source>
        <translation>打开办件(&amp;O)</translation>
    </message>
    <message>
        <source>Show full ID number</source>
        <translation>显示完整身份证号</translation>
    </message>
    <message>
        <source>The full number is shown once and the view is logged.</source>
        <translation>完整号码只显示一次，查看行为将记入日志。</translation>
    </message>
    <message>
        <source>Export &amp;CSV...</source>
        <translation>导出 &amp;CSV...</translation>
    </message>
    <message>
        <source>Export &amp;PDF...</source>
        <translation>导出 &amp;PDF...</translation>
    </message>
    <message>
        <source>Exports hold personal data; each export is logged.</source>
        <translation>导出内容含个人信息，每次导出均记入日志。</translation>
    </message>
    <message>
        <source>Exports are for supervisors.</source>
        <translation>导出由科长办理。</translation>
    </message>
    <message>
        <source>Item:</source>
        <translation>事项：</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <source>Clerk:</source>
        <translation>工作人员：</translation>
    </message>
    <message>
        <source>Counter:</source>
        <translation>窗口：</translation>
    </message>
    <message>
        <source>Hall:</source>
        <translation>大厅：</translation>
    </message>
    <message numerus="yes">
        <source>%n open case(s)</source>
        <translation><numerusform>在办件 %n 件</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1, %n overdue</source>
        <translation><numerusform>%1，其中超期 %n 件</numerusform></translation>
    </message>
    <message>
        <source>%1 (as of %2, sorted by deadline)</source>
        <translation>%1（截至 %2，按办结期限排序）</translation>
    </message>
    <message>
        <source>Choose a case in the list first.</source>
        <translation>请先在列表中选择办件。</translation>
    </message>
    <message>
        <source>Only a supervisor or an administrator can decide on cases.</source>
        <translation>只有科长或管理员可以审批办件。</translation>
    </message>
    <message>
        <source>Case %1 is no longer in the data file.</source>
        <translation>数据文件中已没有办件 %1。</translation>
    </message>
    <message>
        <source>Full ID number of %1 (case %2): %3. This view is logged.</source>
        <translation>%1（办件 %2）的完整证件号码：%3。本次查看已记入日志。</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) exported to %1. The export is logged.</source>
        <translation><numerusform>已导出 %n 件至 %1。本次导出已记入日志。</numerusform></translation>
    </message>
    <message>
        <source>backlog-%1</source>
        <translation>在办件-%1</translation>
    </message>
    <message>
        <source>Export the backlog as PDF</source>
        <translation>将在办件清单导出为 PDF</translation>
    </message>
    <message>
        <source>Export the backlog as CSV</source>
        <translation>将在办件清单导出为 CSV</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
</context>
<context>
    <name>ow::ui::CameraFrameSource</name>
    <message>
        <source>The camera stopped working (%1). Check its cable, then choose it again, or import a file.</source>
        <translation>摄像头停止工作（%1）。请检查连接线后重新选择，或导入文件。</translation>
    </message>
    <message>
        <source>The camera %1 was disconnected. Plug it in again and choose it, or import a file.</source>
        <translation>摄像头 %1 已断开。请重新插好后再选择，或导入文件。</translation>
    </message>
</context>
<context>
    <name>ow::ui::CaptureSources</name>
    <message>
        <source>No camera found; import a file or use the watched folder.</source>
        <translation>未找到摄像头；请导入文件或使用监视文件夹。</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>来源：</translation>
    </message>
    <message>
        <source>Watched folder (document camera)</source>
        <translation>监视文件夹（高拍仪）</translation>
    </message>
    <message>
        <source>This camera is no longer connected. Choose another source or import a file.</source>
        <translation>该摄像头已不在连接中。请选择其他来源或导入文件。</translation>
    </message>
    <message>
        <source>Live picture from the camera.</source>
        <translation>摄像头实时画面。</translation>
    </message>
    <message>
        <source>Waiting for the document camera: take the picture with its button. It is taken from %1.</source>
        <translation>等待高拍仪：请按高拍仪上的拍摄键。图片从 %1 获取。</translation>
    </message>
</context>
<context>
    <name>ow::ui::CardPanel</name>
    <message>
        <source>ID card</source>
        <translation>身份证件</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>Show the whole ID number (the view is logged)</source>
        <translation>显示完整证件号码（查看将被记录）</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>姓名：</translation>
    </message>
    <message>
        <source>Card:</source>
        <translation>证件：</translation>
    </message>
    <message>
        <source>Sex:</source>
        <translation>性别：</translation>
    </message>
    <message>
        <source>Nation:</source>
        <translation>民族：</translation>
    </message>
    <message>
        <source>Born:</source>
        <translation>出生：</translation>
    </message>
    <message>
        <source>Age today:</source>
        <translation>今日年龄：</translation>
    </message>
    <message>
        <source>ID number:</source>
        <translation>证件号码：</translation>
    </message>
    <message>
        <source>Region:</source>
        <translation>籍贯地区：</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>住址：</translation>
    </message>
    <message>
        <source>Issued by:</source>
        <translation>签发机关：</translation>
    </message>
    <message>
        <source>Valid:</source>
        <translation>有效期：</translation>
    </message>
    <message>
        <source>No card? Type or scan the ID number</source>
        <translation>未带证件？输入或扫描证件号码</translation>
    </message>
    <message>
        <source>18-character ID number, then Enter</source>
        <translation>18 位证件号码，按回车确认</translation>
    </message>
    <message>
        <source>Earlier cases at this counter</source>
        <translation>在本窗口的历史办件</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>办件编号</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>受理时间</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>办结期限</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>照片</translation>
    </message>
    <message>
        <source>No card photo</source>
        <translation>无证件照片</translation>
    </message>
    <message>
        <source>%1 years</source>
        <translation>%1 岁</translation>
    </message>
    <message>
        <source>%1, long-term</source>
        <translation>%1 起长期有效</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>This card expired on %1: ask for a valid card or a temporary ID card.</source>
        <translation>该证件已于 %1 过期：请出示有效证件或临时身份证。</translation>
    </message>
    <message>
        <source>The address shown is the newest one recorded on the chip; the card face says: %1</source>
        <translation>所示住址为芯片中最新登记的住址；证件正面住址为：%1</translation>
    </message>
    <message>
        <source>Not known at this counter yet: read the card, or type the name at intake.</source>
        <translation>本窗口尚无此人信息：请读卡，或在受理时录入姓名。</translation>
    </message>
    <message>
        <source>%1 of 18 characters</source>
        <translation>已输入 %1 位，共 18 位</translation>
    </message>
    <message>
        <source>Valid: %1, born %2, %3, %4 years</source>
        <translation>号码有效：%1，%2 出生，%3，%4 岁</translation>
    </message>
    <message>
        <source>Read a card to see the citizen's earlier cases.</source>
        <translation>读卡后显示该群众的历史办件。</translation>
    </message>
    <message>
        <source>No earlier cases at this counter.</source>
        <translation>在本窗口无历史办件。</translation>
    </message>
    <message>
        <source>First visit: no earlier cases at this counter.</source>
        <translation>首次来办：在本窗口无历史办件。</translation>
    </message>
    <message>
        <source>Earlier cases, newest first: %1</source>
        <translation>历史办件（最新在前）：%1 件</translation>
    </message>
</context>
<context>
    <name>ow::ui::CasesPage</name>
    <message>
        <source>Received</source>
        <translation>已收到</translation>
    </message>
    <message>
        <source>Missing: to be supplied later</source>
        <translation>缺件：容缺后补</translation>
    </message>
    <message>
        <source>Signed commitment</source>
        <translation>告知承诺</translation>
    </message>
    <message>
        <source>Not required</source>
        <translation>无需提交</translation>
    </message>
    <message>
        <source>Case number, ID number or name, then Enter</source>
        <translation>办件编号、证件号码或姓名，按回车查找</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>办件编号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>受理时间</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>办结期限</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>办件</translation>
    </message>
    <message>
        <source>Choose a case from the list.</source>
        <translation>请从列表中选择办件。</translation>
    </message>
    <message>
        <source>Material</source>
        <translation>材料</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>补交期限</translation>
    </message>
    <message>
        <source>Material &amp;received</source>
        <translation>材料已收到(&amp;R)</translation>
    </message>
    <message>
        <source>Note or reason for the change (needed to reject)</source>
        <translation>备注或变更理由（不予办理时必填）</translation>
    </message>
    <message>
        <source>All cases of this &amp;citizen</source>
        <translation>该群众的全部办件(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Print receipt</source>
        <translation>打印回执(&amp;P)</translation>
    </message>
    <message>
        <source>History:</source>
        <translation>办理记录：</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation>状态：%1</translation>
    </message>
    <message>
        <source>Kind: %1</source>
        <translation>类型：%1</translation>
    </message>
    <message>
        <source>Accepted: %1</source>
        <translation>受理时间：%1</translation>
    </message>
    <message>
        <source>Deadline: %1 (estimated: the holiday calendar of that year is missing)</source>
        <translation>办结期限：%1（估算：缺少该年度节假日安排）</translation>
    </message>
    <message>
        <source>Deadline: %1</source>
        <translation>办结期限：%1</translation>
    </message>
    <message>
        <source>Waiting for: %1</source>
        <translation>待补交：%1</translation>
    </message>
    <message>
        <source>%1 -&gt; %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Material received: %1</source>
        <translation>收到材料：%1</translation>
    </message>
    <message>
        <source>Mark as %1</source>
        <translation>标记为%1</translation>
    </message>
    <message>
        <source>Case %1 is now %2.</source>
        <translation>办件 %1 现为%2。</translation>
    </message>
    <message>
        <source>Choose the material that arrived in the list first.</source>
        <translation>请先在列表中选择已收到的材料。</translation>
    </message>
    <message>
        <source>Material recorded as received.</source>
        <translation>已登记收到材料。</translation>
    </message>
    <message>
        <source>Case accepted</source>
        <translation>受理</translation>
    </message>
    <message>
        <source>&amp;Scan materials...</source>
        <translation>扫描材料(&amp;S)...</translation>
    </message>
    <message>
        <source>This case lists no materials to scan.</source>
        <translation>该办件没有需要扫描的材料。</translation>
    </message>
    <message>
        <source>Scanned pages saved: %1.</source>
        <translation>已保存扫描页面 %1 页。</translation>
    </message>
    <message>
        <source>&amp;Issue certificate...</source>
        <translation>发证(&amp;I)...</translation>
    </message>
    <message>
        <source>Show full ID number</source>
        <translation>显示完整身份证号</translation>
    </message>
    <message>
        <source>Citizen: %1</source>
        <translation>办事人：%1</translation>
    </message>
    <message>
        <source>Sync: %1</source>
        <translation>同步：%1</translation>
    </message>
    <message>
        <source>ID number: %1</source>
        <translation>身份证号：%1</translation>
    </message>
    <message>
        <source>Rating: %1</source>
        <translation>评价：%1</translation>
    </message>
</context>
<context>
    <name>ow::ui::DecisionDialog</name>
    <message>
        <source>Decision on case %1</source>
        <translation>审批办件 %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;：%2</translation>
    </message>
    <message>
        <source>Citizen: %1 (%2)</source>
        <translation>申请人：%1（%2）</translation>
    </message>
    <message>
        <source>State: %1; deadline %2</source>
        <translation>状态：%1；办结期限 %2</translation>
    </message>
    <message>
        <source>Still waiting for: %1</source>
        <translation>仍缺材料：%1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>审批结果</translation>
    </message>
    <message>
        <source>Separate several materials with semicolons</source>
        <translation>多项材料请用分号分隔</translation>
    </message>
    <message>
        <source> working days</source>
        <translation> 个工作日内</translation>
    </message>
    <message>
        <source>Materials to bring:</source>
        <translation>需补正材料：</translation>
    </message>
    <message>
        <source>Within:</source>
        <translation>补正期限：</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Hand the case to:</source>
        <translation>改派给：</translation>
    </message>
    <message>
        <source>&amp;Record decision</source>
        <translation>提交审批(&amp;R)</translation>
    </message>
    <message>
        <source>Opinion (optional):</source>
        <translation>审批意见（选填）：</translation>
    </message>
    <message>
        <source>Reason for the reassignment (required):</source>
        <translation>改派原因（必填）：</translation>
    </message>
    <message>
        <source>Reason (required; the citizen is told it):</source>
        <translation>原因（必填，将告知申请人）：</translation>
    </message>
    <message>
        <source>Choose a decision first.</source>
        <translation>请先选择审批结果。</translation>
    </message>
    <message>
        <source>%1: %2 recorded.</source>
        <translation>%1：已记录“%2”。</translation>
    </message>
</context>
<context>
    <name>ow::ui::DisplayPage</name>
    <message>
        <source>Now calling</source>
        <translation>正在呼叫</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>号码</translation>
    </message>
    <message>
        <source>Counter</source>
        <translation>窗口</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>业务</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>等候人数</translation>
    </message>
    <message>
        <source>Recent calls</source>
        <translation>最近叫号</translation>
    </message>
    <message>
        <source>Waiting now</source>
        <translation>当前等候</translation>
    </message>
    <message>
        <source>The calling screen has lost the hall host and reconnects by itself.</source>
        <translation>叫号屏与叫号主机的连接已断开，正在自动重连。</translation>
    </message>
    <message>
        <source>Please go to counter %1</source>
        <translation>请到 %1 号窗口</translation>
    </message>
    <message>
        <source>Counter %1</source>
        <translation>%1 号窗口</translation>
    </message>
</context>
<context>
    <name>ow::ui::DistrictSettingsWidget</name>
    <message>
        <source>District</source>
        <translation>区级服务器</translation>
    </message>
    <message>
        <source>one-time code from the district</source>
        <translation>区级发放的一次性注册码</translation>
    </message>
    <message>
        <source>&amp;Enroll</source>
        <translation>注册(&amp;E)</translation>
    </message>
    <message>
        <source>Sync &amp;now</source>
        <translation>立即同步(&amp;N)</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>Server address:</source>
        <translation>服务器地址：</translation>
    </message>
    <message>
        <source>Enrolment code:</source>
        <translation>注册码：</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <source>Last sync:</source>
        <translation>上次同步：</translation>
    </message>
    <message>
        <source>Offline logins allowed for:</source>
        <translation>离线登录有效期：</translation>
    </message>
    <message>
        <source>Sync started; the status bar shows when it is done.</source>
        <translation>已开始同步；完成后状态栏会显示。</translation>
    </message>
    <message>
        <source>Enrolled with %1 as a counter of %2 (%3) since %4.</source>
        <translation>自 %4 起已在 %1 注册为 %2（%3）的窗口。</translation>
    </message>
    <message>
        <source>Not enrolled: the counter works offline only.</source>
        <translation>未注册：本窗口仅离线工作。</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <source>This counter is now enrolled with the district of hall %1.</source>
        <translation>本窗口已注册到 %1 所属的区级服务器。</translation>
    </message>
</context>
<context>
    <name>ow::ui::FormView</name>
    <message>
        <source>Required</source>
        <translation>必填</translation>
    </message>
    <message>
        <source>Add row</source>
        <translation>添加一行</translation>
    </message>
    <message>
        <source>Remove row</source>
        <translation>删除一行</translation>
    </message>
    <message>
        <source>18 characters; the last may be X</source>
        <translation>18位，最后一位可能是X</translation>
    </message>
    <message>
        <source>Mobile 13812345678 or landline 0571-87654321</source>
        <translation>手机 13812345678 或固话 0571-87654321</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>from the ID card</source>
        <translation>来自身份证</translation>
    </message>
    <message>
        <source>from the citizen record</source>
        <translation>来自居民档案</translation>
    </message>
    <message>
        <source>from an earlier case</source>
        <translation>来自既往办件</translation>
    </message>
    <message>
        <source>from district shared data</source>
        <translation>来自区共享数据</translation>
    </message>
    <message>
        <source>computed</source>
        <translation>自动计算</translation>
    </message>
    <message>
        <source>default</source>
        <translation>默认值</translation>
    </message>
</context>
<context>
    <name>ow::ui::HallSession</name>
    <message>
        <source>Ticket kiosk</source>
        <translation>取号机</translation>
    </message>
    <message>
        <source>Calling display</source>
        <translation>叫号屏</translation>
    </message>
</context>
<context>
    <name>ow::ui::IntakePage</name>
    <message>
        <source>No card reader is set up at this PC; type or scan ID numbers below.</source>
        <translation>本机未设置读卡器，请在下方输入或扫描证件号码。</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>办理事项</translation>
    </message>
    <message>
        <source>Search items (most used first); Enter adds the first</source>
        <translation>搜索事项（常办在前），按回车添加第一项</translation>
    </message>
    <message>
        <source>Handing over the result</source>
        <translation>办理结果送达</translation>
    </message>
    <message>
        <source>Pickup at this counter</source>
        <translation>本窗口领取</translation>
    </message>
    <message>
        <source>Delivery by the grid social worker</source>
        <translation>网格社工送达</translation>
    </message>
    <message>
        <source>Courier</source>
        <translation>快递送达</translation>
    </message>
    <message>
        <source>How:</source>
        <translation>方式：</translation>
    </message>
    <message>
        <source>Deliver to:</source>
        <translation>送达地址：</translation>
    </message>
    <message>
        <source>Tracking number:</source>
        <translation>快递单号：</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>联系电话：</translation>
    </message>
    <message>
        <source>&amp;Accept (Ctrl+Enter)</source>
        <translation>受理(&amp;A)（Ctrl+回车）</translation>
    </message>
    <message>
        <source>Print one-time &amp;notice</source>
        <translation>打印一次性告知单(&amp;N)</translation>
    </message>
    <message>
        <source>Next citizen</source>
        <translation>下一位</translation>
    </message>
    <message>
        <source>%1 (one visit, several items)</source>
        <translation>%1（一次办好多个事项）</translation>
    </message>
    <message>
        <source>%1 working days</source>
        <translation>%1 个工作日</translation>
    </message>
    <message>
        <source>Read the citizen's card (or enter the ID number) first.</source>
        <translation>请先读取群众的证件（或输入证件号码）。</translation>
    </message>
    <message>
        <source>Choose at least one item.</source>
        <translation>请至少选择一个事项。</translation>
    </message>
    <message>
        <source>Correct the fields marked in red.</source>
        <translation>请修改标红的字段。</translation>
    </message>
    <message>
        <source>%1
No case was made. Print the one-time notice so the citizen knows everything that is missing.</source>
        <translation>%1
未受理。请打印一次性告知单，一次告知所缺全部材料。</translation>
    </message>
    <message>
        <source>%1: %2, due %3</source>
        <translation>%1：%2，办结期限 %3</translation>
    </message>
    <message>
        <source>Receipt %1</source>
        <translation>回执 %1</translation>
    </message>
    <message>
        <source>Accepted:
%1</source>
        <translation>已受理：
%1</translation>
    </message>
    <message>
        <source>The receipt was not printed (%1); print it again from the Cases page.</source>
        <translation>回执未打印（%1），请在“办件”页重新打印。</translation>
    </message>
    <message>
        <source>Notice %1</source>
        <translation>告知单 %1</translation>
    </message>
    <message>
        <source>Nothing is marked missing, so there is nothing to put on a notice.</source>
        <translation>没有标记为缺少的材料，无需打印告知单。</translation>
    </message>
    <message>
        <source>One-time notice printed: %1. No case was made.</source>
        <translation>已打印一次性告知单：%1。未受理办件。</translation>
    </message>
</context>
<context>
    <name>ow::ui::IssueDialog</name>
    <message>
        <source>Issue certificate for case %1</source>
        <translation>为办件 %1 发证</translation>
    </message>
    <message>
        <source>Take &amp;photo...</source>
        <translation>拍照(&amp;P)...</translation>
    </message>
    <message>
        <source>PDF files in %1</source>
        <translation>%1 中的 PDF 文件</translation>
    </message>
    <message>
        <source>P&amp;rint</source>
        <translation>打印(&amp;R)</translation>
    </message>
    <message>
        <source>Re&amp;print...</source>
        <translation>补打(&amp;P)...</translation>
    </message>
    <message>
        <source>&amp;Void...</source>
        <translation>作废(&amp;V)...</translation>
    </message>
    <message>
        <source>Printer:</source>
        <translation>打印机：</translation>
    </message>
    <message>
        <source>Import the citizen's photo</source>
        <translation>导入申请人照片</translation>
    </message>
    <message>
        <source>Images (*.jpg *.jpeg *.png *.bmp)</source>
        <translation>图片 (*.jpg *.jpeg *.png *.bmp)</translation>
    </message>
    <message>
        <source>Case %1
%2
%3 (%4)</source>
        <translation>办件 %1
%2
%3（%4）</translation>
    </message>
    <message>
        <source>No photo yet</source>
        <translation>尚无照片</translation>
    </message>
    <message>
        <source>Certificate %1 is printed.</source>
        <translation>证照 %1 已打印。</translation>
    </message>
    <message>
        <source>Check the preview, then print. The number is taken when it prints.</source>
        <translation>请核对预览后打印。打印时才取号。</translation>
    </message>
    <message>
        <source>No printer is installed on this PC.</source>
        <translation>本机未安装打印机。</translation>
    </message>
    <message>
        <source>That file is not a picture. Choose a JPEG or PNG photo.</source>
        <translation>该文件不是图片。请选择 JPEG 或 PNG 照片。</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>Certificate %1</source>
        <translation>证书 %1</translation>
    </message>
    <message>
        <source>Certificate %1 printed. Hand it to the citizen.</source>
        <translation>证照 %1 已打印。请交给申请人。</translation>
    </message>
    <message>
        <source>Reprint certificate</source>
        <translation>补打证照</translation>
    </message>
    <message>
        <source>A reprint prints the same certificate on the same number again. A supervisor approves it; the reason is kept with the number.</source>
        <translation>补打以原证号再次打印同一证照，须经主管批准；原因将与编号一并留存。</translation>
    </message>
    <message>
        <source>Certificate %1 reprint</source>
        <translation>证照 %1 补打</translation>
    </message>
    <message>
        <source>The certificate was printed again.</source>
        <translation>证照已补打。</translation>
    </message>
    <message>
        <source>Void certificate</source>
        <translation>作废证照</translation>
    </message>
    <message>
        <source>Voiding makes the printed certificate's number invalid for good. Take the card back from the citizen. A supervisor approves it; the reason is kept.</source>
        <translation>作废后，已打印证照的编号永久失效。请收回申请人手中的证件。须经主管批准；原因将留存。</translation>
    </message>
    <message>
        <source>The certificate's number is void; a new certificate can be printed.</source>
        <translation>该证照编号已作废；可以打印新证照。</translation>
    </message>
</context>
<context>
    <name>ow::ui::ItemIntakeWidget</name>
    <message>
        <source>%1 working days, due %2</source>
        <translation>%1 个工作日，办结期限 %2</translation>
    </message>
    <message>
        <source>%1 - %2; %3</source>
        <translation>%1 · %2；%3</translation>
    </message>
    <message>
        <source>Material</source>
        <translation>材料</translation>
    </message>
    <message>
        <source>Needed</source>
        <translation>要求</translation>
    </message>
    <message>
        <source>Handed in</source>
        <translation>已提交</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>补交期限</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>核心材料</translation>
    </message>
    <message>
        <source>If applicable</source>
        <translation>视情况</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>需要</translation>
    </message>
    <message>
        <source>Later (accepted without it)</source>
        <translation>容缺后补</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>缺少</translation>
    </message>
    <message>
        <source>Signed commitment instead</source>
        <translation>以告知承诺代替</translation>
    </message>
    <message>
        <source>Not eligible: %1</source>
        <translation>不符合条件：%1</translation>
    </message>
    <message>
        <source>Check: %1</source>
        <translation>请核实：%1</translation>
    </message>
    <message>
        <source>Not needed for this application</source>
        <translation>本次申请无需提交</translation>
    </message>
    <message>
        <source>done while the citizen waits</source>
        <translation>当场办结</translation>
    </message>
</context>
<context>
    <name>ow::ui::KioskPage</name>
    <message>
        <source>Please touch the service you came for</source>
        <translation>请点击您要办理的业务</translation>
    </message>
    <message>
        <source>Lay your ID card on the reader: citizens aged 70 or more are served first.</source>
        <translation>请将身份证放在读卡器上：70 周岁及以上的老人优先办理。</translation>
    </message>
    <message>
        <source>I hold a disability certificate</source>
        <translation>我持有残疾人证</translation>
    </message>
    <message>
        <source>Tickets are not available for a moment. Please ask at a counter.</source>
        <translation>暂时无法取号，请到窗口咨询。</translation>
    </message>
    <message numerus="yes">
        <source>Your number is %1.
%n people ahead of you.</source>
        <translation><numerusform>您的号码是 %1。
您前面还有 %n 人。</numerusform></translation>
    </message>
    <message>
        <source>Card reader not available - please choose your service.</source>
        <translation>读卡器暂不可用，请直接选择办理事项。</translation>
    </message>
    <message>
        <source>I have an appointment</source>
        <translation>我有预约</translation>
    </message>
    <message>
        <source>Check in</source>
        <translation>签到取号</translation>
    </message>
    <message>
        <source>Other services</source>
        <translation>办理其他事项</translation>
    </message>
    <message>
        <source>Type the 6-digit booking code of your appointment</source>
        <translation>请输入 6 位预约码</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>确定</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <source>%1 - card read: you will be served first. Now touch your service.</source>
        <translation>%1，已读卡：您将优先办理。请选择办理事项。</translation>
    </message>
    <message>
        <source>%1 - card read. Now touch your service.</source>
        <translation>%1，已读卡。请选择办理事项。</translation>
    </message>
    <message>
        <source>The code %1 is not an appointment of today. Please check it and try again.</source>
        <translation>预约码 %1 不是今天的预约，请核对后重新输入。</translation>
    </message>
    <message>
        <source>Appointments cannot be checked just now. Please take a ticket or ask at a counter.</source>
        <translation>暂时无法查询预约，请直接取号或到窗口咨询。</translation>
    </message>
    <message>
        <source>You have an appointment at %1.</source>
        <translation>您预约了 %1 办理。</translation>
    </message>
    <message>
        <source>You have an appointment at %1 for %2.</source>
        <translation>您预约了 %1 办理“%2”。</translation>
    </message>
    <message>
        <source>Your appointment is at %1. Please come back from %2 minutes before it, or take a ticket now.</source>
        <translation>您的预约时间是 %1，请在预约前 %2 分钟内再来签到，或现在直接取号。</translation>
    </message>
    <message>
        <source>Your appointment at %1 has passed. Please touch your service for a ticket.</source>
        <translation>您 %1 的预约已过时，请选择办理事项取号。</translation>
    </message>
    <message>
        <source>The booking code has 6 digits.</source>
        <translation>预约码是 6 位数字。</translation>
    </message>
    <message>
        <source>You are already checked in. Your number is %1.</source>
        <translation>您已签到，您的号码是 %1。</translation>
    </message>
    <message>
        <source>Priority: %1</source>
        <translation>优先：%1</translation>
    </message>
    <message>
        <source>Welcome: your appointment is today</source>
        <translation>欢迎您：您今天有预约</translation>
    </message>
    <message>
        <source>Check in for your appointment</source>
        <translation>预约签到</translation>
    </message>
</context>
<context>
    <name>ow::ui::LoginDialog</name>
    <message>
        <source>OneWindow - Log in</source>
        <translation>一窗通 - 登录</translation>
    </message>
    <message>
        <source>OneWindow counter</source>
        <translation>一窗通 窗口受理</translation>
    </message>
    <message>
        <source>%1, counter %2</source>
        <translation>%1 %2 号窗口</translation>
    </message>
    <message>
        <source>This PC is not set up as a counter yet. An administrator can set it up under Settings.</source>
        <translation>本机尚未设置为受理窗口，管理员可在“设置”中设置。</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>登录名(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
</context>
<context>
    <name>ow::ui::MainWindow</name>
    <message>
        <source>OneWindow</source>
        <translation>一窗通</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>叫号</translation>
    </message>
    <message>
        <source>Intake</source>
        <translation>受理</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>办件</translation>
    </message>
    <message>
        <source>Backlog</source>
        <translation>督办</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>The backlog is for supervisors; you are logged in as %1.</source>
        <translation>督办页面仅供主管使用；您当前的身份是%1。</translation>
    </message>
    <message>
        <source>Clerk: %1 (%2)</source>
        <translation>工作人员：%1（%2）</translation>
    </message>
    <message>
        <source>The window is locked</source>
        <translation>窗口已锁定</translation>
    </message>
    <message>
        <source>%1, enter your password to continue.</source>
        <translation>%1，请输入密码继续。</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>解锁(&amp;U)</translation>
    </message>
    <message>
        <source>Log &amp;out</source>
        <translation>退出登录(&amp;O)</translation>
    </message>
    <message>
        <source>%1 (%2), counter %3</source>
        <translation>%1（%2）%3 号窗口</translation>
    </message>
    <message>
        <source>Counter not set up</source>
        <translation>窗口未设置</translation>
    </message>
    <message>
        <source>Receipt %1</source>
        <translation>回执 %1</translation>
    </message>
    <message>
        <source>%1 waiting</source>
        <translation>%1 条待同步</translation>
    </message>
</context>
<context>
    <name>ow::ui::PaperPrinter</name>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>Print %1</source>
        <translation>打印 %1</translation>
    </message>
    <message>
        <source>Printing was cancelled.</source>
        <translation>已取消打印。</translation>
    </message>
</context>
<context>
    <name>ow::ui::PhotoCaptureDialog</name>
    <message>
        <source>Take the photo</source>
        <translation>拍摄照片</translation>
    </message>
    <message>
        <source>Drag the frame or its corners to fit the head; the arrow keys move it, + and - resize it.</source>
        <translation>拖动取景框或其四角使头像居中；方向键移动，+ 和 - 调整大小。</translation>
    </message>
    <message>
        <source>&amp;Import file...</source>
        <translation>导入文件(&amp;I)...</translation>
    </message>
    <message>
        <source>Use this photo anyway</source>
        <translation>仍使用此照片</translation>
    </message>
    <message>
        <source>Certificate photo: %1 x %2 pixels, at most %3 KB.</source>
        <translation>证照照片：%1 × %2 像素，不超过 %3 KB。</translation>
    </message>
    <message>
        <source>&amp;Capture</source>
        <translation>拍摄(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Retake</source>
        <translation>重拍(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Use photo</source>
        <translation>使用照片(&amp;U)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Result:</source>
        <translation>裁剪结果：</translation>
    </message>
    <message>
        <source>Import a photo</source>
        <translation>导入照片</translation>
    </message>
    <message>
        <source>Pictures (%1)</source>
        <translation>图片 (%1)</translation>
    </message>
    <message>
        <source>The camera has not given a picture yet. Wait a moment and capture again.</source>
        <translation>摄像头尚未传来画面。请稍候再拍摄。</translation>
    </message>
    <message>
        <source>%1 is not a picture this program can read. Choose a JPEG or PNG file.</source>
        <translation>%1 不是本程序可读取的图片。请选择 JPEG 或 PNG 文件。</translation>
    </message>
    <message>
        <source>Picture taken. Fit the frame to the head, then use the photo or retake it.</source>
        <translation>已拍摄。请调整取景框使头像居中，然后使用照片或重拍。</translation>
    </message>
    <message>
        <source>Picture from %1. Fit the frame to the head, then use the photo.</source>
        <translation>图片来自 %1。请调整取景框使头像居中，然后使用照片。</translation>
    </message>
    <message>
        <source>The photo passes the checks: size, light and sharpness.</source>
        <translation>照片已通过检查：尺寸、亮度和清晰度均合格。</translation>
    </message>
    <message>
        <source>Choose a camera or the watched folder, or import a file.</source>
        <translation>请选择摄像头或监视文件夹，或导入文件。</translation>
    </message>
    <message>
        <source>Starting the camera...</source>
        <translation>正在启动摄像头...</translation>
    </message>
    <message>
        <source>Waiting for a picture from the document camera.</source>
        <translation>正在等待高拍仪传来图片。</translation>
    </message>
</context>
<context>
    <name>ow::ui::QueuePanel</name>
    <message numerus="yes">
        <source>%n min</source>
        <translation><numerusform>%n 分钟</numerusform></translation>
    </message>
    <message>
        <source>The hall queue host cannot be reached; serving walk-ins with this counter's own numbers</source>
        <translation>无法连接大厅叫号主机，正在使用本窗口自有号段接待现场群众</translation>
    </message>
    <message>
        <source>Now serving</source>
        <translation>正在办理</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>等候人数</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>业务类别</translation>
    </message>
    <message>
        <source>Call next</source>
        <translation>呼叫下一位</translation>
    </message>
    <message>
        <source>Next walk-in</source>
        <translation>接待下一位（自有号）</translation>
    </message>
    <message>
        <source>Recall</source>
        <translation>重呼</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>过号</translation>
    </message>
    <message>
        <source>Transfer...</source>
        <translation>转移…</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Start intake</source>
        <translation>开始受理</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>办结</translation>
    </message>
    <message numerus="yes">
        <source>%n walk-in ticket(s) served without the host were handed over to it.</source>
        <translation><numerusform>已将断网期间接待的 %n 个自有号移交叫号主机。</numerusform></translation>
    </message>
    <message>
        <source>This counter serves every category</source>
        <translation>本窗口办理全部类别</translation>
    </message>
    <message>
        <source>This counter serves: %1</source>
        <translation>本窗口办理：%1</translation>
    </message>
    <message>
        <source>Nobody is waiting for this counter's categories.</source>
        <translation>本窗口的业务类别暂无人等候。</translation>
    </message>
    <message>
        <source>Ticket %1 was called again.</source>
        <translation>已重呼 %1 号。</translation>
    </message>
    <message>
        <source>Ticket %1 did not come.</source>
        <translation>%1 号未到。</translation>
    </message>
    <message>
        <source>Ticket %1 did not come; it comes back once later.</source>
        <translation>%1 号未到，稍后将再呼叫一次。</translation>
    </message>
    <message>
        <source>Ticket %1 was transferred to category %2.</source>
        <translation>%1 号已转至 %2 类业务。</translation>
    </message>
    <message>
        <source>Ticket %1 was transferred to counter %2.</source>
        <translation>%1 号已转至 %2 号窗口。</translation>
    </message>
    <message>
        <source>This counter is paused; the host calls no tickets to it.</source>
        <translation>本窗口已暂停，叫号主机不再分配号码。</translation>
    </message>
    <message>
        <source>This counter takes tickets again.</source>
        <translation>本窗口已恢复接待。</translation>
    </message>
    <message>
        <source>Ticket %1 finished; rated "%2".</source>
        <translation>%1 号已办结，评价：“%2”。</translation>
    </message>
    <message>
        <source>Ticket %1 finished.</source>
        <translation>%1 号已办结。</translation>
    </message>
    <message>
        <source>Finish ticket %1 first.</source>
        <translation>请先办结 %1 号。</translation>
    </message>
    <message>
        <source>Give the citizen number %1 and serve them now.</source>
        <translation>请告知群众号码 %1，并立即接待。</translation>
    </message>
    <message>
        <source>No hall queue host is set for this counter (Settings &gt; Hall queue).</source>
        <translation>本窗口未设置叫号主机（设置 &gt; 大厅叫号）。</translation>
    </message>
    <message>
        <source>Connected to the hall queue host</source>
        <translation>已连接大厅叫号主机</translation>
    </message>
    <message>
        <source>Connecting to the hall queue host...</source>
        <translation>正在连接大厅叫号主机…</translation>
    </message>
    <message>
        <source>Not connected to the hall queue host</source>
        <translation>未连接大厅叫号主机</translation>
    </message>
    <message>
        <source>To category %1 %2</source>
        <translation>转至 %1 类 %2</translation>
    </message>
    <message>
        <source>To counter...</source>
        <translation>转至窗口…</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>转移</translation>
    </message>
    <message>
        <source>Transfer ticket %1 to counter:</source>
        <translation>将 %1 号转至窗口：</translation>
    </message>
    <message>
        <source>Press "Next walk-in" when a citizen comes to the counter.</source>
        <translation>有群众来到窗口时，请点击“接待下一位（自有号）”。</translation>
    </message>
    <message>
        <source>Press "Call next" to call the next citizen.</source>
        <translation>点击“呼叫下一位”叫号。</translation>
    </message>
    <message>
        <source>Category: %1</source>
        <translation>业务类别：%1</translation>
    </message>
    <message>
        <source>Priority: %1</source>
        <translation>优先：%1</translation>
    </message>
    <message>
        <source>Waited %1 (ticket taken at %2)</source>
        <translation>已等候 %1（%2 取号）</translation>
    </message>
    <message>
        <source>No ID card was read at the kiosk.</source>
        <translation>取号时未读取身份证。</translation>
    </message>
    <message>
        <source>ID card read at the kiosk: %1</source>
        <translation>取号时读取的身份证：%1</translation>
    </message>
    <message>
        <source>No case accepted for this ticket yet.</source>
        <translation>本号尚未受理办件。</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) will be linked to this ticket on Finish.</source>
        <translation><numerusform>办结时将关联 %n 个办件。</numerusform></translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>"Start intake" opens an empty intake; read the citizen's card at this counter.</source>
        <translation>点击“开始受理”将打开空白受理页，请在本窗口读取群众身份证。</translation>
    </message>
    <message>
        <source>Walk-in %1 (own number while the hall host is away)</source>
        <translation>现场群众 %1（叫号主机离线期间使用本窗口自有号段）</translation>
    </message>
</context>
<context>
    <name>ow::ui::RatingDialog</name>
    <message>
        <source>Rate our service</source>
        <translation>服务评价</translation>
    </message>
    <message>
        <source>How satisfied are you with the service for ticket %1?</source>
        <translation>请您对 %1 号的本次服务进行评价</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>跳过</translation>
    </message>
    <message>
        <source>Very satisfied</source>
        <translation>非常满意</translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translation>满意</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>基本满意</translation>
    </message>
    <message>
        <source>Dissatisfied</source>
        <translation>不满意</translation>
    </message>
    <message>
        <source>Very dissatisfied</source>
        <translation>非常不满意</translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation>未评价</translation>
    </message>
</context>
<context>
    <name>ow::ui::ScanDialog</name>
    <message>
        <source>Scan materials of case %1</source>
        <translation>扫描办件 %1 的材料</translation>
    </message>
    <message>
        <source>&amp;Capture page</source>
        <translation>拍摄本页(&amp;C)</translation>
    </message>
    <message>
        <source>Add &amp;files...</source>
        <translation>添加文件(&amp;F)...</translation>
    </message>
    <message>
        <source>Move &amp;earlier</source>
        <translation>前移(&amp;E)</translation>
    </message>
    <message>
        <source>Move &amp;later</source>
        <translation>后移(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Remove page</source>
        <translation>删除本页(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Save pages</source>
        <translation>保存页面(&amp;S)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Material:</source>
        <translation>材料：</translation>
    </message>
    <message>
        <source>Pages, in order:</source>
        <translation>页面（按顺序）：</translation>
    </message>
    <message>
        <source>Each picture the document camera takes is added as the next page.</source>
        <translation>高拍仪每拍一张，都会作为下一页加入。</translation>
    </message>
    <message>
        <source>Choose a camera or the watched folder, or add files.</source>
        <translation>请选择摄像头或监视文件夹，或添加文件。</translation>
    </message>
    <message>
        <source>Add pages from files</source>
        <translation>从文件添加页面</translation>
    </message>
    <message>
        <source>Pictures (%1)</source>
        <translation>图片 (%1)</translation>
    </message>
    <message>
        <source>No pages stored yet for this material.</source>
        <translation>该材料尚未保存任何页面。</translation>
    </message>
    <message>
        <source>Pages already stored for this material: %1. New pages follow them.</source>
        <translation>该材料已保存 %1 页，新页面将排在其后。</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>第 %1 页</translation>
    </message>
    <message>
        <source>From the camera</source>
        <translation>来自摄像头</translation>
    </message>
    <message>
        <source>Page %1 captured.</source>
        <translation>已拍摄第 %1 页。</translation>
    </message>
    <message>
        <source>Page %1 added from %2.</source>
        <translation>已从 %2 加入第 %1 页。</translation>
    </message>
    <message>
        <source>Pages added: %1.</source>
        <translation>已添加 %1 页。</translation>
    </message>
    <message>
        <source>Page %1 removed; the pages after it moved up.</source>
        <translation>已删除第 %1 页，其后的页面依次前移。</translation>
    </message>
    <message>
        <source>%1 pages of %2 saved with the case.</source>
        <translation>已将“%2”的 %1 页保存到办件。</translation>
    </message>
    <message>
        <source>Pages not saved</source>
        <translation>页面未保存</translation>
    </message>
    <message>
        <source>%1 pages are not saved. Close and discard them?</source>
        <translation>有 %1 页尚未保存。关闭并放弃这些页面吗？</translation>
    </message>
</context>
<context>
    <name>ow::ui::ScannedPagesWidget</name>
    <message>
        <source>Scanned pages</source>
        <translation>扫描页面</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Double-click a page to see it whole.</source>
        <translation>双击页面可查看完整图像。</translation>
    </message>
    <message>
        <source>%1 (%2 pages)</source>
        <translation>%1（%2 页）</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>第 %1 页</translation>
    </message>
    <message>
        <source>No pages scanned yet.</source>
        <translation>尚未扫描任何页面。</translation>
    </message>
    <message>
        <source>This page is no longer in the data file.</source>
        <translation>数据文件中已没有该页面。</translation>
    </message>
    <message>
        <source>Scanned page</source>
        <translation>扫描页面</translation>
    </message>
</context>
<context>
    <name>ow::ui::SettingsPage</name>
    <message>
        <source>This counter</source>
        <translation>本窗口</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Hall code:</source>
        <translation>大厅编码：</translation>
    </message>
    <message>
        <source>Hall name:</source>
        <translation>大厅名称：</translation>
    </message>
    <message>
        <source>Counter number:</source>
        <translation>窗口号：</translation>
    </message>
    <message>
        <source>Lock the window after no input for:</source>
        <translation>无操作自动锁定时间：</translation>
    </message>
    <message>
        <source>Only an administrator can change these.</source>
        <translation>仅管理员可修改以上设置。</translation>
    </message>
    <message>
        <source>This PC</source>
        <translation>本机</translation>
    </message>
    <message>
        <source>Language (after the next start):</source>
        <translation>界面语言（下次启动生效）：</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>数据</translation>
    </message>
    <message>
        <source>Data file:</source>
        <translation>数据文件：</translation>
    </message>
    <message>
        <source>Schema version:</source>
        <translation>结构版本：</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <source>Card reader of this PC</source>
        <translation>本机读卡器</translation>
    </message>
    <message>
        <source>Serial reader (SAM protocol)</source>
        <translation>串口读卡器（SAM 协议）</translation>
    </message>
    <message>
        <source>Vendor library (sdtapi)</source>
        <translation>厂商驱动库（sdtapi）</translation>
    </message>
    <message>
        <source>No reader</source>
        <translation>不使用读卡器</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>自动检测</translation>
    </message>
    <message>
        <source>Read the fingerprint data too</source>
        <translation>同时读取指纹信息</translation>
    </message>
    <message>
        <source>the usual library names</source>
        <translation>按常用库名查找</translation>
    </message>
    <message>
        <source>Whichever it exports</source>
        <translation>自动识别</translation>
    </message>
    <message>
        <source>Reader:</source>
        <translation>读卡器：</translation>
    </message>
    <message>
        <source>Serial port:</source>
        <translation>串口：</translation>
    </message>
    <message>
        <source>Speed (baud):</source>
        <translation>波特率：</translation>
    </message>
    <message>
        <source>Vendor library:</source>
        <translation>厂商驱动库：</translation>
    </message>
    <message>
        <source>Vendor port number:</source>
        <translation>厂商端口号：</translation>
    </message>
    <message>
        <source>Photo decoder library:</source>
        <translation>照片解码库：</translation>
    </message>
    <message>
        <source>Photo decoder entry point:</source>
        <translation>照片解码接口：</translation>
    </message>
    <message>
        <source>Choose the serial port of the card reader, or choose No reader.</source>
        <translation>请选择读卡器所在串口，或选择“不使用读卡器”。</translation>
    </message>
    <message>
        <source>Hall address (printed on paper):</source>
        <translation>大厅地址（打印在回执上）：</translation>
    </message>
    <message>
        <source>Hall phone:</source>
        <translation>大厅电话：</translation>
    </message>
    <message>
        <source>Opening hours:</source>
        <translation>办公时间：</translation>
    </message>
    <message>
        <source>Document camera of this PC</source>
        <translation>本机高拍仪</translation>
    </message>
    <message>
        <source>none: photos and scans come from a camera or a file</source>
        <translation>不设置：照片和扫描件来自摄像头或文件</translation>
    </message>
    <message>
        <source>Browse...</source>
        <translation>浏览...</translation>
    </message>
    <message>
        <source>Folder the document camera saves to</source>
        <translation>高拍仪保存图片的文件夹</translation>
    </message>
    <message>
        <source>Folder it saves pictures to:</source>
        <translation>图片保存文件夹：</translation>
    </message>
    <message>
        <source>Card printer calibration</source>
        <translation>证卡打印机校准</translation>
    </message>
    <message>
        <source>Pre-printed card stock: move the whole certificate until the test card's frame meets the card's edges. Right and down are positive.</source>
        <translation>套打预印卡片：整体移动证照内容，直到测试卡的边框与卡片边缘重合。向右、向下为正。</translation>
    </message>
    <message>
        <source> mm</source>
        <translation> 毫米</translation>
    </message>
    <message>
        <source>Save &amp;offsets</source>
        <translation>保存偏移量(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Test print</source>
        <translation>测试打印(&amp;T)</translation>
    </message>
    <message>
        <source>Printer:</source>
        <translation>打印机：</translation>
    </message>
    <message>
        <source>Move right by:</source>
        <translation>向右移动：</translation>
    </message>
    <message>
        <source>Move down by:</source>
        <translation>向下移动：</translation>
    </message>
    <message>
        <source>Offsets saved for %1; certificates on it move with them.</source>
        <translation>已保存 %1 的偏移量；在该打印机上打印的证照将按此移动。</translation>
    </message>
    <message>
        <source>Calibration card</source>
        <translation>校准卡</translation>
    </message>
    <message>
        <source>The test card could not be printed.</source>
        <translation>测试卡无法打印。</translation>
    </message>
    <message>
        <source>Test card printed with x %1 mm, y %2 mm.</source>
        <translation>测试卡已按 x %1 毫米、y %2 毫米打印。</translation>
    </message>
    <message>
        <source>Hall queue</source>
        <translation>大厅叫号</translation>
    </message>
    <message>
        <source>none, e.g. ws://192.168.1.10:7700</source>
        <translation>未设置，例如 ws://192.168.1.10:7700</translation>
    </message>
    <message>
        <source>every category, or letters like A, B</source>
        <translation>全部类别，或填写字母如 A, B</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>不变</translation>
    </message>
    <message>
        <source>Hall queue host:</source>
        <translation>叫号主机：</translation>
    </message>
    <message>
        <source>Categories this counter serves:</source>
        <translation>本窗口办理的类别：</translation>
    </message>
    <message>
        <source>Hall key:</source>
        <translation>大厅密钥：</translation>
    </message>
    <message>
        <source>Voice volume (hall display):</source>
        <translation>语音音量（大厅显示屏）：</translation>
    </message>
    <message>
        <source>Each call is said (times):</source>
        <translation>每次叫号播报（次）：</translation>
    </message>
    <message>
        <source>Changes to the host take effect at the next login.</source>
        <translation>叫号主机的更改在下次登录后生效。</translation>
    </message>
</context>
<context>
    <name>ow::ui::StatisticsPage</name>
    <message>
        <source>Export &amp;CSV...</source>
        <translation>导出 &amp;CSV...</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>办件</translation>
    </message>
    <message>
        <source>Instant share</source>
        <translation>即办占比</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>已办结</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已超期</translation>
    </message>
    <message>
        <source>Average time</source>
        <translation>平均用时</translation>
    </message>
    <message>
        <source>90% within</source>
        <translation>90% 办结于</translation>
    </message>
    <message>
        <source>Counter</source>
        <translation>窗口</translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation>窗口人员</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>自：</translation>
    </message>
    <message>
        <source>to:</source>
        <translation>至：</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) accepted; %1 issued on the spot.</source>
        <translation><numerusform>共受理 %n 件；即办件占 %1。</numerusform></translation>
    </message>
    <message>
        <source>Promised items decided: %1, on average after %2; 90% within %3.</source>
        <translation>承诺件已办结 %1 件，平均用时 %2；90% 在 %3 内办结。</translation>
    </message>
    <message>
        <source>Instant items issued: %1, on average after %2; 90% within %3.</source>
        <translation>即办件已办结 %1 件，平均用时 %2；90% 在 %3 内办结。</translation>
    </message>
    <message>
        <source>Waiting and service times, ratings: no queue data (the hall queue is not connected to this counter yet).</source>
        <translation>等候时间、办理时间和评价：暂无排队数据（本窗口尚未接入大厅叫号系统）。</translation>
    </message>
    <message>
        <source>Queue: %1 tickets; waiting %2 on average (90% within %3); service %4 on average; %5 of %6 ratings satisfied.</source>
        <translation>排队：取号 %1 个；平均等候 %2（90% 在 %3 内）；平均办理 %4；%6 条评价中满意 %5 条。</translation>
    </message>
    <message>
        <source>Cases per day and item</source>
        <translation>每日各事项办件量</translation>
    </message>
    <message>
        <source>Other items</source>
        <translation>其他事项</translation>
    </message>
    <message>
        <source>Issued on the spot</source>
        <translation>即办</translation>
    </message>
    <message>
        <source>On the spot %1</source>
        <translation>即办 %1</translation>
    </message>
    <message>
        <source>Promised %1</source>
        <translation>承诺 %1</translation>
    </message>
    <message>
        <source>Statistics exported to %1.</source>
        <translation>统计已导出至 %1。</translation>
    </message>
    <message>
        <source>statistics-%1-%2.csv</source>
        <translation>统计-%1-%2.csv</translation>
    </message>
    <message>
        <source>Export the statistics as CSV</source>
        <translation>将统计导出为 CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
</context>
<context>
    <name>ow::ui::SupervisorDialog</name>
    <message>
        <source>Kept with the number</source>
        <translation>将与编号一并留存</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>批准(&amp;A)</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>原因：</translation>
    </message>
    <message>
        <source>Supervisor login:</source>
        <translation>主管账号：</translation>
    </message>
    <message>
        <source>Supervisor password:</source>
        <translation>主管密码：</translation>
    </message>
    <message>
        <source>Give the reason; it is kept with the number.</source>
        <translation>请填写原因；原因将与编号一并留存。</translation>
    </message>
</context>
<context>
    <name>ow::ui::SyncProblemsDialog</name>
    <message>
        <source>Sync problems</source>
        <translation>同步问题</translation>
    </message>
    <message>
        <source>Made at</source>
        <translation>产生时间</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Every record this counter sent was accepted by the district.</source>
        <translation>本窗口发送的记录已全部被区级接受。</translation>
    </message>
    <message>
        <source>The district did not accept these records. They stay on this counter and are never dropped; a supervisor resolves them with the district.</source>
        <translation>区级未接受以下记录。这些记录保留在本窗口，绝不丢弃；请由科长与区级协调处理。</translation>
    </message>
</context>
<context>
    <name>ow::ui::TicketPrinter</name>
    <message numerus="yes">
        <source>%n people ahead of you</source>
        <translation><numerusform>您前面还有 %n 人</numerusform></translation>
    </message>
    <message>
        <source>Please wait until your number is called.</source>
        <translation>请留意叫号，耐心等候。</translation>
    </message>
    <message>
        <source>No receipt printer is set up on this PC; the ticket number is on the screen.</source>
        <translation>本机没有设置小票打印机，号码请看屏幕。</translation>
    </message>
    <message>
        <source>Priority service: %1</source>
        <translation>优先办理：%1</translation>
    </message>
</context>
</TS>